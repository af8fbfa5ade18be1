package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopService;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The audit of coupon redemptions in the caller's own shop: who redeemed which code, on which order, for how much. */
@RequestScoped
@Path("shops/mine/coupon-redemptions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerToken")
public class CouponRedemptionsResource {
    CallerContext caller;
    ShopService shops;
    CouponRedemptions redemptions;

    @Inject
    public CouponRedemptionsResource(CallerContext caller, ShopService shops, CouponRedemptions redemptions) {
        this.caller = caller;
        this.shops = shops;
        this.redemptions = redemptions;
    }

    /** For the CDI container's proxy only. */
    protected CouponRedemptionsResource() {
    }

    @GET
    public List<CouponRedemptions.Redemption> list() {
        Shop shop = shops.byOwner(caller.require().accountId()).orElseThrow(() -> Problems.notFound("shop",
                CommerceMessages.YOUR_SHOP_DOES_NOT_EXIST));
        return redemptions.ofShop(shop.getId());
    }
}
