package org.notegarden.app.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.TestImages;
import org.notegarden.app.it.WholeApp;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Buying from a note in real headless Chromium: a merchant applies for a shop, the admin approves
 * it and the merchant lists a product; a creator tags it in a note from the compose screen; a
 * reader opens the note, taps the product card, picks a variant, buys it with a coupon, sees the
 * price breakdown and pays; the merchant ships from the dashboard and sees the sale under the
 * note; the reader confirms receipt and posts a verified review.
 */
@WholeApp
class BuyFromNoteIT {
    ApiClient api;
    URL url;
    ChromeDriver driver;
    WebClient web;
    Path work;

    @BeforeEach
    void browser() throws Exception {
        driver = web.driver;
        work = web.work();
    }

    @Test
    void aReaderBuysWhatANoteShows() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Path photo = Files.write(work.resolve("tea-" + suffix + ".png"), TestImages.png(900, 1200));

        // A merchant applies for a shop in the dashboard; the admin approves it on the admin page.
        String merchant = "tea" + suffix;
        web.signUp(merchant, "Tea House");
        web.open("#/merchant");
        web.type(By.name("name"), "Hangzhou Leaf");
        new Select(web.visible(By.name("currency"))).selectByValue("CNY");
        new Select(web.visible(By.name("country"))).selectByValue("CN");
        web.type(By.name("legalName"), "Leaf Ltd");
        web.type(By.name("address"), "1 Longjing Rd, Hangzhou");
        web.type(By.name("contactEmail"), "a@leaf.example");
        web.type(By.name("registrationNumber"), "91330");
        web.click(By.name("selfCertified"));
        web.click(By.name("submitShop"));
        web.visible(By.cssSelector(".status-pending"));
        web.logOut();
        web.logIn("itadmin", "it-admin-password");
        web.open("#/admin");
        String shopCard = "//div[@data-shop-id and .//strong[text()='Hangzhou Leaf']]";
        web.click(By.xpath(shopCard + "//button[@name='approve']"));
        web.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(shopCard + "//button[@name='approve']")));
        web.logOut();

        // The merchant lists a product with two sizes and a picture in the product editor.
        web.logIn(merchant, WebClient.PASSWORD);
        web.open("#/merchant/edit");
        web.type(By.name("titleEn"), "Longjing green tea");
        web.type(By.name("titleZh"), "龙井绿茶");
        new Select(web.visible(By.name("category"))).selectByValue("food");
        driver.findElement(By.name("productImages")).sendKeys(photo.toAbsolutePath().toString());
        web.visible(By.cssSelector(".tray .tile img"));
        fillVariant(0, "S", "size=50g", "58", "10");
        web.click(By.name("addVariant"));
        fillVariant(1, "L", "size=250g", "228", "3");
        web.click(By.name("saveProduct"));
        assertEquals("Longjing green tea", web.text(By.cssSelector(".product-title")));
        long productId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*#/product/", ""));
        web.logOut();

        // The creator tags the product by pasting its link in the compose screen.
        web.signUp("ann" + suffix, "Ann");
        web.open("#/compose");
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("files"))).sendKeys(photo.toAbsolutePath().toString());
        web.wait.until(d -> d.findElements(By.cssSelector(".tray .tile img")).size() == 1
                && d.findElements(By.cssSelector(".tray .progress")).isEmpty());
        web.type(By.name("title"), "Spring tea ritual 春茶");
        web.click(By.name("tagProduct"));
        web.type(By.name("productLink"), url + "#/product/" + productId);
        web.click(By.cssSelector("dialog .new-board button[type=submit]"));
        web.visible(By.cssSelector(".product-chip[data-product-id='" + productId + "']"));
        web.click(By.name("publish"));
        web.visible(By.cssSelector(".note-title"));
        String noteId = driver.getCurrentUrl().replaceAll(".*#/note/", "");
        web.logOut();

        // The reader goes from the note to the product and buys the large size with a coupon.
        String reader = "ben" + suffix;
        web.signUp(reader, "Ben");
        // Ben reads in Traditional Chinese but lives in Shanghai.
        web.click(By.name("lang"));
        web.click(By.cssSelector(".lang-option[data-locale='zh-TW']"));
        web.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-TW"));
        web.open("#/note/" + noteId);
        web.click(By.cssSelector(".product-mini[data-product-id='" + productId + "']"));
        assertEquals("龙井绿茶", web.text(By.cssSelector(".product-title")));
        web.click(By.xpath("//button[contains(@class,'chip') and text()='250g']"));
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".product-price .amount"), "228.00"));
        // What plugins write in Simplified reaches a 繁體 reader in Traditional.
        String badges = web.text(By.cssSelector(".product-badges"));
        assertTrue(badges.contains("滿199減20"), badges);
        web.click(By.name("buyNow"));
        web.type(By.name("shipTo.name"), "Ben Li");
        web.type(By.name("shipTo.phone"), "13800000000");
        web.type(By.name("shipTo.line"), "88 Nanjing Rd");
        web.type(By.name("shipTo.city"), "Shanghai");
        web.type(By.name("shipTo.postalCode"), "200001");
        // The country comes from where the shop ships from, not from the 繁體 interface (which once meant Taiwan).
        assertEquals("CN", new Select(driver.findElement(By.name("shipTo.country"))).getFirstSelectedOption().getAttribute("value"));
        web.type(By.name("couponCode"), "WELCOME10");
        web.click(By.name("applyCoupon"));
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".breakdown .total"), "185.20"));
        String breakdown = web.text(By.cssSelector(".breakdown"));
        assertTrue(breakdown.contains("優惠券 WELCOME10") && breakdown.contains("滿199減20") && breakdown.contains("包郵"), breakdown);
        assertTrue(!breakdown.contains("Coupon") && !breakdown.contains("满"), "no English or Simplified labels: " + breakdown);
        // The payment method, named by its plugin, is in the buyer's language and script too.
        String payWith = web.text(By.xpath("//input[@name='paymentMethod' and @value='sandbox-card']/.."));
        assertEquals("測試卡", payWith.strip());
        web.type(By.name("paymentToken"), "4242 4242 4242 4242");
        web.click(By.name("pay"));
        web.visible(By.cssSelector(".state-badge[data-state='PAID']"));
        String orderId = driver.getCurrentUrl().replaceAll(".*#/order/", "");
        String buyerSees = web.text(By.cssSelector(".order-detail .ship-to"));
        assertTrue(buyerSees.contains("Ben Li") && buyerSees.contains("88 Nanjing Rd") && buyerSees.contains("Shanghai"), buyerSees);
        web.click(By.name("lang"));
        web.click(By.cssSelector(".lang-option[data-locale='en']"));
        web.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        web.logOut();

        // The merchant ships from the dashboard and sees the sale under the note.
        web.logIn(merchant, WebClient.PASSWORD);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        // The new order reached the merchant as a notification, under "Orders and system".
        web.open("#/notifications/SYSTEM");
        assertTrue(web.text(By.cssSelector("li.notification[data-kind='ORDER_NEW']")).contains("New order #" + orderId));
        web.open("#/merchant/orders");
        everyTabIsWithinReach();
        String card = "[data-order-id='" + orderId + "'] ";
        String label = web.text(By.cssSelector(card + ".ship-to"));
        assertTrue(label.contains("Ben Li") && label.contains("13800000000") && label.contains("88 Nanjing Rd")
                && label.contains("200001 Shanghai"), "the merchant sees where to send it: " + label);
        web.click(By.cssSelector(card + "a[name=packingSlip]"));
        String slip = web.text(By.cssSelector(".packing-slip"));
        assertTrue(slip.contains("88 Nanjing Rd") && slip.contains("Longjing green tea") && slip.contains("250g"), slip);
        // Printed, the slip is all there is on the page.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        assertTrue(driver.findElement(By.cssSelector(".packing-slip")).isDisplayed());
        assertTrue(!driver.findElement(By.cssSelector(".topbar")).isDisplayed() && !driver.findElement(By.name("print")).isDisplayed());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        web.open("#/merchant/orders");
        web.type(By.cssSelector("[data-order-id='" + orderId + "'] input[name=carrier]"), "SF Express");
        web.type(By.cssSelector("[data-order-id='" + orderId + "'] input[name=trackingNumber]"), "SF123456");
        web.click(By.cssSelector("[data-order-id='" + orderId + "'] button[name=ship]"));
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-order-id='" + orderId + "'] .state-badge"), "Shipped"));
        web.open("#/merchant/sales");
        assertTrue(web.text(By.cssSelector(".data-table")).contains("Spring tea ritual 春茶"));
        web.logOut();

        // The reader confirms receipt and reviews: the note carries the verified badge.
        web.logIn(reader, WebClient.PASSWORD);
        web.open("#/order/" + orderId);
        web.click(By.name("confirmReceipt"));
        web.click(By.name("review"));
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("files"))).sendKeys(photo.toAbsolutePath().toString());
        web.wait.until(d -> d.findElements(By.cssSelector(".tray .tile img")).size() == 1
                && d.findElements(By.cssSelector(".tray .progress")).isEmpty());
        web.type(By.name("title"), "Worth every leaf");
        web.click(By.name("publish"));
        assertTrue(web.text(By.cssSelector(".verified-badge")).contains("Verified purchase"));

        String merchantToken = api.post("/auth/login", null, "{\"login\":\"" + merchant + "\",\"password\":\""
                + WebClient.PASSWORD + "\",\"mode\":\"token\"}").obj().getString("token");
        JsonObject order = api.get("/orders/" + orderId, merchantToken).obj();
        assertEquals("RECEIVED", order.getString("state"));
        assertEquals(Long.parseLong(noteId), order.getJsonArray("lines").getJsonObject(0).getJsonNumber("noteId").longValue(),
                "the order remembers the note the reader came from");
        assertEquals(18520, order.getJsonObject("total").getInt("minor"));
        assertEquals("88 Nanjing Rd", order.getJsonObject("shipTo").getString("line"));
        String readerToken = api.post("/auth/login", null, "{\"login\":\"" + reader + "\",\"password\":\""
                + WebClient.PASSWORD + "\",\"mode\":\"token\"}").obj().getString("token");
        jakarta.json.JsonArray book = api.get("/me/addresses", readerToken).arr();
        assertEquals(1, book.size(), "a first checkout saves its address (the box starts ticked): " + book);
        assertTrue(book.getJsonObject(0).getBoolean("isDefault") && book.getJsonObject(0).getString("line").equals("88 Nanjing Rd"));
        assertEquals("CN", order.getJsonObject("shipTo").getString("country"));
    }

    /** On a 390 px phone every dashboard tab can be scrolled to, and the page itself never scrolls sideways. */
    private void everyTabIsWithinReach() {
        for (org.openqa.selenium.WebElement tab : driver.findElements(By.cssSelector(".tabs .tab"))) {
            driver.executeScript("arguments[0].scrollIntoView({block: 'nearest', inline: 'nearest'})", tab);
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> at = (java.util.Map<String, Object>) driver.executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, width: innerWidth}", tab);
            double left = ((Number) at.get("left")).doubleValue();
            double right = ((Number) at.get("right")).doubleValue();
            assertTrue(left >= 0 && right <= ((Number) at.get("width")).doubleValue(), tab.getText() + " is off-screen: " + at);
        }
        assertEquals(Boolean.TRUE, driver.executeScript("return document.documentElement.scrollWidth <= innerWidth"),
                "the dashboard does not scroll sideways");
    }

    private void fillVariant(int row, String code, String options, String price, String stock) {
        String at = "(//div[@class='sku-edit-row'])[" + (row + 1) + "]";
        web.type(By.xpath(at + "//input[@name='skuCode']"), code);
        web.type(By.xpath(at + "//input[@name='skuOptions']"), options);
        web.type(By.xpath(at + "//input[@name='skuPrice']"), price);
        web.type(By.xpath(at + "//input[@name='skuStock']"), stock);
    }
}
