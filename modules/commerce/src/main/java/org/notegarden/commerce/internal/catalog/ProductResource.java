package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.notegarden.commerce.internal.pricing.Estimates;
import org.notegarden.i18n.api.Messages;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.notegarden.platform.api.EnumValues;

/** Products: merchants create and edit their own; everyone reads what is on sale. */
@RequestScoped
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {
    CallerContext caller;
    CatalogService catalog;
    ProductViews views;
    ProductTranslations translations;
    /** Badges are labelled in the buyer's language, negotiated like every UI string. */
    Messages messages;

    @Inject
    public ProductResource(CallerContext caller, CatalogService catalog, ProductViews views,
            ProductTranslations translations, Messages messages) {
        this.caller = caller;
        this.catalog = catalog;
        this.views = views;
        this.translations = translations;
        this.messages = messages;
    }

    /** For the CDI container's proxy only. */
    protected ProductResource() {
    }

    public static class SkuBody {
        public String code;
        public Map<String, String> options;
        /** Price in minor units of the shop's currency. */
        public Long price;
        public Integer stock;
        /** Shipping weight in grams, optional. */
        public Integer weightGrams;
    }

    public static class ProductBody {
        public String titleEn;
        public String titleZh;
        public String descriptionEn;
        public String descriptionZh;
        public String category;
        public List<Long> imageMediaIds;
        public List<SkuBody> skus;
        @EnumValues(Product.Status.class)
        public String status;

        CatalogRules.ProductInput input() {
            return new CatalogRules.ProductInput(titleEn, titleZh, descriptionEn, descriptionZh, category, imageMediaIds,
                    skus == null ? null : skus.stream().map(s -> s == null ? null
                            : new CatalogRules.SkuInput(s.code, s.options, s.price, s.stock, s.weightGrams)).toList(), status);
        }
    }

    public static class StockBody {
        @Schema(required = true)
        public Integer stock;
    }

    @POST
    @APIResponse(responseCode = "201", description = "The new product", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ProductViews.ProductView.class)))
    @SecurityRequirement(name = "bearerToken")
    public Response create(ProductBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        return Response.status(Response.Status.CREATED).entity(views.view(catalog.create(me, body.input()), me)).build();
    }

    @GET
    @Path("{id}")
    public ProductViews.ProductView get(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("currency") String currency,
                                        @Context HttpHeaders headers) {
        Long viewer = caller.current().map(Caller::accountId).orElse(null);
        String buyerCurrency = Estimates.buyerCurrency(currency);
        return views.view(catalog.requireVisible(id, viewer), new ProductViews.Viewer(viewer, buyerCurrency,
                messages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    /** The listing in the reader's language: the merchant's own text, or a cached machine translation. */
    @GET
    @Path("{id}/translation")
    public ProductTranslations.ProductTranslation translation(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("to") String to) {
        return translations.translate(id, caller.current().map(Caller::accountId).orElse(null), to);
    }

    @PUT
    @Path("{id}")
    @SecurityRequirement(name = "bearerToken")
    public ProductViews.ProductView update(@PathParam("id") long id, ProductBody body) {
        long me = caller.require().accountId();
        RequestBodies.required(body);
        return views.view(catalog.update(me, id, body.input()), me);
    }

    @PUT
    @Path("{id}/skus/{code}/stock")
    @SecurityRequirement(name = "bearerToken")
    public ProductViews.ProductView stock(@PathParam("id") long id, @PathParam("code") String code, StockBody body) {
        long me = caller.require().accountId();
        return views.view(catalog.setStock(me, id, code, body == null ? null : body.stock), me);
    }
}
