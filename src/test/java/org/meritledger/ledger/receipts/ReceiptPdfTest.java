package org.meritledger.ledger.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.ledger.core.cosign.Cosigner;
import org.meritledger.ledger.core.export.MemoryLog;
import org.meritledger.ledger.core.receipt.Receipt;
import org.meritledger.ledger.core.suite.Suites;

/**
 * The printable receipt, read back: one page, the text a person reads is really in the PDF (in
 * Chinese too, from the embedded font), and the QR code's text is the check page's address with
 * the receipt's digest.
 */
class ReceiptPdfTest {

    private final MemoryLog log = new MemoryLog("test.local/ledger").grow(12);
    private final MeritI18NProvider i18n = new MeritI18NProvider();

    private byte[] render(Receipt r, Locale locale) {
        return ReceiptPdf.render(
                r, "https://portal.example/verify-receipt", (key, args) -> i18n.getTranslation(key, locale, args));
    }

    private Receipt receipt() {
        log.checkpoint();
        log.cosignLatest(new Cosigner("witness.example/w1", Suites.ED25519_SHA256.generateKeyPair()), 1_767_300_000L);
        return log.receipt(5);
    }

    @Test
    void englishTextIsExtractable() throws Exception {
        Receipt r = receipt();
        PdfReader pdf = new PdfReader(render(r, Locale.ENGLISH));
        assertEquals(1, pdf.getNumberOfPages());
        String text = new PdfTextExtractor(pdf).getTextFromPage(1);
        assertTrue(text.contains("Merit Ledger receipt"), text);
        assertTrue(text.contains("training.result.signed"), text);
        assertTrue(text.contains(ReceiptPdf.digest(r)), text);
        assertTrue(text.contains("tree size 12"), text);
        assertTrue(text.contains("one witness cosignature"), text);
    }

    @Test
    void chineseTextIsExtractableFromTheEmbeddedFont() throws Exception {
        Receipt r = receipt();
        byte[] bytes = render(r, Locale.SIMPLIFIED_CHINESE);
        PdfReader pdf = new PdfReader(bytes);
        assertEquals(1, pdf.getNumberOfPages());
        String text = new PdfTextExtractor(pdf).getTextFromPage(1);
        assertTrue(text.contains("功绩账本凭证"), text);
        assertTrue(text.contains("签名检查点"), text);
        assertTrue(text.contains("树大小 12"), text);
        assertTrue(text.contains(ReceiptPdf.digest(r)), text);
        assertTrue(embedsFont(pdf), "the CJK font is embedded");
    }

    @Test
    void qrCodeHoldsTheCheckAddressAndDigest() throws Exception {
        Receipt r = receipt();
        String text = ReceiptPdf.qrText("https://portal.example/verify-receipt", r);
        assertEquals("https://portal.example/verify-receipt?digest=" + ReceiptPdf.digest(r), text);
        // the matrix drawn into the page decodes back to that text
        BitMatrix m = new com.google.zxing.qrcode.QRCodeWriter()
                .encode(
                        text,
                        com.google.zxing.BarcodeFormat.QR_CODE,
                        0,
                        0,
                        java.util.Map.of(com.google.zxing.EncodeHintType.MARGIN, 2));
        int scale = 4;
        int[] pixels = new int[m.getWidth() * scale * m.getHeight() * scale];
        for (int y = 0; y < m.getHeight() * scale; y++) {
            for (int x = 0; x < m.getWidth() * scale; x++) {
                pixels[y * m.getWidth() * scale + x] = m.get(x / scale, y / scale) ? 0xff000000 : 0xffffffff;
            }
        }
        var source = new com.google.zxing.RGBLuminanceSource(m.getWidth() * scale, m.getHeight() * scale, pixels);
        assertEquals(
                text,
                new QRCodeReader()
                        .decode(new BinaryBitmap(new HybridBinarizer(source)))
                        .getText());
    }

    private static boolean embedsFont(PdfReader pdf) {
        for (int i = 1; i < pdf.getXrefSize(); i++) {
            if (pdf.getPdfObject(i) instanceof PdfDictionary d
                    && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))
                    && d.get(PdfName.FONTFILE2) != null) {
                return true;
            }
        }
        return false;
    }
}
