package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.notegarden.client.ApiException;
import org.notegarden.client.api.AdminApi;
import org.notegarden.client.api.AuthApi;
import org.notegarden.client.api.CartApi;
import org.notegarden.client.api.CheckoutApi;
import org.notegarden.client.api.FeedApi;
import org.notegarden.client.api.MediaApi;
import org.notegarden.client.api.NotesApi;
import org.notegarden.client.api.OrdersApi;
import org.notegarden.client.api.ProductsApi;
import org.notegarden.client.api.SearchApi;
import org.notegarden.client.api.ShopsApi;
import org.notegarden.client.model.ApplicationBody;
import org.notegarden.client.model.CartItemBody;
import org.notegarden.client.model.CheckoutBody;
import org.notegarden.client.model.LoginRequest;
import org.notegarden.client.model.LoginResult;
import org.notegarden.client.model.NoteBody;
import org.notegarden.client.model.NoteCard;
import org.notegarden.client.model.NoteDetail;
import org.notegarden.client.model.OrderView;
import org.notegarden.client.model.ProductBody;
import org.notegarden.client.model.ProductView;
import org.notegarden.client.model.QuoteView;
import org.notegarden.client.model.RegisterRequest;
import org.notegarden.client.model.ReviewBody;
import org.notegarden.client.model.ShipBody;
import org.notegarden.client.model.ShipTo;
import org.notegarden.client.model.ShopDecisionBody;
import org.notegarden.client.model.ShopView;
import org.notegarden.client.model.SkuBody;
import org.notegarden.client.model.Uploaded;

/**
 * The shopping loop through nothing but the Java client that openapi-generator makes from the
 * API contract (src/main/openapi/notegarden-api.json, held equal to the served document by
 * OpenApiDocumentIT): register, log in, upload, publish, search, tag a product, quote, check out
 * with an idempotency key, pay with the sandbox card, ship, confirm receipt, post the verified
 * review. A schema that does not match what the server sends or accepts fails here.
 */
@WholeApp
class GeneratedClientIT {
    ApiClient api;

    @Test
    void theWholeShoppingLoopThroughTheGeneratedClient() throws Exception {
        String word = "gen" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        LoginResult admin = new AuthApi(client(null)).loginAuth(new LoginRequest().login("itadmin")
                .password("it-admin-password").mode("token"));

        // A merchant signs up, logs in again, opens a shop (approved by the admin) and lists a tea.
        Account merchant = register("shop");
        LoginResult again = new AuthApi(client(null)).loginAuth(new LoginRequest().login(merchant.handle)
                .password(PASSWORD).mode("token"));
        assertEquals(merchant.id, again.getAccount().getId());
        org.notegarden.client.ApiClient asMerchant = client(again.getToken());
        long shopId = new ShopsApi(asMerchant).applyShop(new ApplicationBody().name("Gen Tea " + word).currency("EUR")
                .legalName("Gen Tea Ltd").address("1 Market Street").contactEmail("shop@" + merchant.handle + ".example")
                .registrationNumber("REG-" + merchant.id).selfCertified(true)).getId();
        assertEquals(ShopView.StatusEnum.APPROVED, new AdminApi(client(admin.getToken()))
                .decideAdminShopDecision(shopId, new ShopDecisionBody().approve(true)).getStatus());
        long productImage = new MediaApi(asMerchant).uploadMedia(pngFile(400, 400)).getId();
        ProductView tea = new ProductsApi(asMerchant).createProduct(new ProductBody().titleEn("Sencha " + word).titleZh("煎茶")
                .category("food").status(ProductBody.StatusEnum.ACTIVE).imageMediaIds(List.of(productImage))
                .skus(List.of(new SkuBody().code("100G").options(Map.of("size", "100g")).price(2400L).stock(3))));
        long skuId = tea.getSkus().get(0).getId();

        // A creator uploads a photo and publishes a note tagging the tea; the note is found by search.
        Account creator = register("creator");
        var uploaded = new MediaApi(creator.client).uploadMedia(pngFile(320, 240));
        assertEquals(Uploaded.KindEnum.IMAGE, uploaded.getKind());
        NoteDetail note = new NotesApi(creator.client).createNote(new NoteBody().title("Morning sencha " + word)
                .body("#tea " + word).publish(true).mediaIds(List.of(uploaded.getId())).productIds(List.of(tea.getId())));
        assertEquals(NoteDetail.StateEnum.PUBLISHED, note.getState());
        assertEquals(tea.getId(), note.getProducts().get(0).getId());
        // Pages are typed: the latest feed's items are NoteCards.
        assertTrue(new FeedApi(creator.client).latestFeed(null, 50).getItems().stream()
                .anyMatch(card -> card.getId().equals(note.getId()) && card.getKind() == NoteCard.KindEnum.IMAGES));
        SearchApi search = new SearchApi(creator.client);
        List<Long> found = Eventually.await(Duration.ofSeconds(20), () -> ids(search, word), l -> l.contains(note.getId()));
        assertTrue(found.contains(note.getId()), "searching " + word + " found " + found);

        // A reader puts it in the cart from the note, gets a quote and pays; the same key pays once.
        Account buyer = register("buyer");
        CartApi cart = new CartApi(buyer.client);
        ApiException half = assertThrows(ApiException.class, () -> cart.putCartItem(skuId,
                new CartItemBody().quantity(new BigDecimal("1.5")).noteId(note.getId())));
        assertEquals(422, half.getCode());
        assertTrue(half.getResponseBody().contains("\"quantity\""), half.getResponseBody());
        cart.putCartItem(skuId, new CartItemBody().quantity(BigDecimal.ONE).noteId(note.getId()));
        ShipTo shipTo = new ShipTo().name("Mia").phone("+33 1 2345").line("1 rue de Rivoli").city("Paris")
                .postalCode("75001").country("FR");
        CheckoutApi checkout = new CheckoutApi(buyer.client);
        QuoteView quote = checkout.quoteCheckout("EUR", new CheckoutBody().shipTo(shipTo).cartShopId(shopId));
        assertEquals("EUR", quote.getTotal().getCurrency());
        // The breakdown is typed: subtotal, then shipping and tax as signed steps, adding up to the total.
        var breakdown = quote.getBreakdown();
        assertEquals(2400L, breakdown.getSubtotal());
        long steps = breakdown.getShipping().getAmount() + breakdown.getTaxes().stream().mapToLong(t -> t.getAmount()).sum()
                + breakdown.getDiscounts().stream().mapToLong(d -> d.getAmount()).sum();
        assertEquals(quote.getTotal().getMinor(), breakdown.getSubtotal() + steps, breakdown.toString());
        assertTrue(quote.getPaymentMethods().stream().anyMatch(m -> m.getId().equals("sandbox-card")));
        CheckoutBody pay = new CheckoutBody().idempotencyKey(UUID.randomUUID().toString()).shipTo(shipTo).cartShopId(shopId)
                .paymentMethod("sandbox-card").paymentToken("4242424242424242");
        OrderView order = checkout.checkout(pay);
        assertEquals(OrderView.StateEnum.PAID, order.getState());
        assertEquals(quote.getTotal().getMinor(), order.getTotal().getMinor(), "the quote was the price");
        assertEquals(note.getId(), order.getLines().get(0).getNoteId());
        assertEquals(order.getId(), checkout.checkout(pay).getId(), "a retried checkout with the same key is the same order");

        // The merchant ships, the buyer confirms receipt and posts the verified review.
        OrdersApi merchantOrders = new OrdersApi(asMerchant);
        assertEquals(OrderView.StateEnum.SHIPPED, merchantOrders.shipOrder(order.getId(), new ShipBody().carrier("DHL").trackingNumber("JD" + word)).getState());
        assertEquals(OrderView.StateEnum.RECEIVED, new OrdersApi(buyer.client).confirmOrderReceipt(order.getId()).getState());
        long reviewPhoto = new MediaApi(buyer.client).uploadMedia(pngFile(320, 240)).getId();
        NoteDetail review = new NotesApi(buyer.client).createNote(new NoteBody().title("Worth it " + word).body("#tea")
                .publish(true).mediaIds(List.of(reviewPhoto)).review(new ReviewBody().orderId(order.getId()).skuId(skuId).rating(5)));
        assertTrue(review.getVerifiedPurchase());
        assertEquals(tea.getId(), review.getReviewedProductId());
        ProductView rated = new ProductsApi(buyer.client).getProduct(tea.getId(), null);
        assertEquals(1, rated.getRating().getCount());
        assertEquals(5.0, rated.getRating().getAverage());
    }

    private static final String PASSWORD = "correct horse 1";

    /** A signed-up person and a client that carries their token. */
    private record Account(long id, String handle, org.notegarden.client.ApiClient client) {
    }

    private Account register(String prefix) throws ApiException {
        String handle = (prefix + UUID.randomUUID().toString().replace("-", "")).substring(0, 20);
        // Each sign-up comes from its own address in the shared range, as in ApiClient.register.
        org.notegarden.client.ApiClient anonymous = client(null).addDefaultHeader("X-Forwarded-For", ApiClient.sharedRangeAddress());
        LoginResult signedUp = new AuthApi(anonymous).registerAuth(new RegisterRequest().email(handle + "@example.org")
                .password(PASSWORD).birthDate("1990-05-17").handle(handle).displayName(prefix).mode("token"));
        assertEquals(handle, signedUp.getAccount().getHandle());
        return new Account(signedUp.getAccount().getId(), handle, client(signedUp.getToken()));
    }

    private org.notegarden.client.ApiClient client(String token) {
        org.notegarden.client.ApiClient c = new org.notegarden.client.ApiClient();
        // The contract's paths carry /api/v1 themselves; the client needs only the origin.
        c.setBasePath(api.base().substring(0, api.base().indexOf("/api/v1")));
        if (token != null) {
            c.setBearerToken(token); // the document's bearerToken scheme
        }
        return c;
    }

    private static List<Long> ids(SearchApi search, String word) {
        try {
            return search.notesSearch(word, null, null, null, null, null, null).getItems().stream().map(c -> c.getId()).toList();
        } catch (ApiException e) {
            throw new AssertionError(e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    private static java.io.File pngFile(int w, int h) {
        try {
            Path file = Files.createTempFile("generated-client", ".png");
            Files.write(file, TestImages.png(w, h));
            file.toFile().deleteOnExit();
            return file.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
