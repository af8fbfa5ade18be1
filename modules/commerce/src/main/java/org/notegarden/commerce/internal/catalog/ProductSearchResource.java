package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.pricing.Estimates;
import org.notegarden.i18n.api.Messages;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Problems;

/**
 * The products tab of search: listings on sale whose English or Chinese title or description
 * match (titles weighted most), by pinyin of the Chinese title, and through the query's offline
 * translation into the other language. Paged by offset like note search.
 */
@RequestScoped
@Path("search/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductSearchResource {
    CatalogService catalog;
    CallerContext caller;
    ProductViews views;
    Messages messages;
    ProductSearch search;

    @Inject
    public ProductSearchResource(CatalogService catalog, CallerContext caller, ProductViews views, Messages messages,
            ProductSearch search) {
        this.catalog = catalog;
        this.caller = caller;
        this.views = views;
        this.messages = messages;
        this.search = search;
    }

    /** For the CDI container's proxy only. */
    protected ProductSearchResource() {
    }

    public record Results(List<ProductViews.ProductView> items, Integer nextOffset, long total) {
    }

    @GET
    public Results search(@QueryParam("q") String q, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
                          @QueryParam("currency") String currency, @Context HttpHeaders headers) {
        String text = q == null ? "" : q.strip();
        int off = offset == null ? 0 : offset;
        int lim = limit == null ? 20 : limit;
        List<FieldError> errors = new ArrayList<>();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > 100) {
            errors.add(new FieldError("q", CommerceMessages.MUST_BE_1_TO_100_CHARACTERS));
        }
        if (off < 0 || off > 1000) {
            errors.add(new FieldError("offset", CommerceMessages.MUST_BE_BETWEEN_0_AND_1000));
        }
        if (lim < 1 || lim > 50) {
            errors.add(new FieldError("limit", CommerceMessages.MUST_BE_BETWEEN_1_AND_50));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        ProductSearch.Hits result = search.find(text, off, lim + 1);
        List<Long> ids = result.ids();
        boolean more = ids.size() > lim;
        List<Long> shown = more ? ids.subList(0, lim) : ids;
        Map<Long, Product> byId = catalog.byIds(shown);
        var viewer = new ProductViews.Viewer(caller.current().map(Caller::accountId).orElse(null),
                Estimates.buyerCurrency(currency),
                messages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        // The database has the last word: a listing taken off sale since it was indexed is not shown.
        List<ProductViews.ProductView> items = views.views(shown.stream().map(byId::get)
                .filter(p -> p != null && p.getStatus() == Product.Status.ACTIVE).toList(), viewer);
        return new Results(items, more ? off + lim : null, result.total());
    }
}
