/** The catalog: products with bilingual texts, images, a category and variants (SKUs) with price and stock. */
package org.notegarden.commerce.internal.catalog;
