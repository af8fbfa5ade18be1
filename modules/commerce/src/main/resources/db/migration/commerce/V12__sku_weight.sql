-- A variant's shipping weight in grams, optional: shipping plugins price by it (SPI 1.2).
ALTER TABLE co_sku ADD COLUMN weight_grams INT;
