package org.meritledger.ledger.receipts;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.checkpoint.Checkpoint;
import org.meritledger.ledger.core.note.Note;
import org.meritledger.ledger.core.receipt.Receipt;

/**
 * The printable receipt: one A4 page in the reader's language with what the entry records, the
 * checkpoint and witnesses it is proven against, the receipt's SHA-256 digest, and a QR code
 * holding the address of the public check page with that digest, so whoever holds the paper can
 * find the page and compare the file they are given with it. Chinese text is set in Droid Sans
 * Fallback (Apache-2.0, shipped in the WAR, embedded as a subset); Latin text in Helvetica.
 */
public final class ReceiptPdf {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static volatile byte[] cjkFont;

    private ReceiptPdf() {}

    /** SHA-256 of the receipt's canonical JSON, lowercase hex: what the QR code and the page compare. */
    public static String digest(Receipt r) {
        try {
            return Bytes.hex(
                    MessageDigest.getInstance("SHA-256").digest(r.toJson().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The QR code's text: the check page's address with the digest as a query parameter. */
    public static String qrText(String checkPageUrl, Receipt r) {
        return checkPageUrl + "?digest=" + digest(r);
    }

    /**
     * @param checkPageUrl absolute address of the public check page, e.g. {@code https://portal/verify-receipt}
     */
    public static byte[] render(Receipt r, String checkPageUrl, Texts t) {
        int cosignatures = cosignatures(r);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle(t.get("receipt.pdf.title"));
            doc.addCreator("Merit Ledger");
            doc.open();
            BaseFont cjk = BaseFont.createFont(
                    "DroidSansFallback.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font(), null);
            Fonts f = new Fonts(cjk);
            Paragraph title = new Paragraph(f.phrase(t.get("receipt.pdf.title"), 18, Font.BOLD));
            title.setSpacingAfter(6);
            doc.add(title);
            Paragraph intro = new Paragraph(f.phrase(t.get("receipt.pdf.intro"), 10, Font.NORMAL));
            intro.setSpacingAfter(12);
            doc.add(intro);

            Checkpoint cp = checkpoint(r);
            PdfPTable table = new PdfPTable(new float[] {1.3f, 3.7f});
            table.setWidthPercentage(100);
            var e = r.entry();
            Map<String, String> rows = new java.util.LinkedHashMap<>();
            rows.put(t.get("receipt.pdf.entry"), String.valueOf(e.sequence()));
            rows.put(t.get("receipt.pdf.type"), e.type());
            rows.put(t.get("receipt.pdf.recorded"), TIME.format(e.timestamp()));
            rows.put(t.get("receipt.pdf.subject"), e.subject() == null ? "–" : e.subject());
            rows.put(t.get("receipt.pdf.ledger"), r.origin() + " (" + r.suiteId() + ")");
            rows.put(
                    t.get("receipt.pdf.checkpoint"),
                    cp == null
                            ? "–"
                            : t.get(
                                    "receipt.pdf.checkpointValue",
                                    cp.size(),
                                    cp.keyIdHex().orElse("?")));
            rows.put(t.get("receipt.pdf.witnesses"), t.get("receipt.pdf.witnessesValue", cosignatures));
            rows.put(t.get("receipt.pdf.entryHash"), Bytes.hex(e.entryHash()));
            rows.put(t.get("receipt.pdf.digest"), digest(r));
            rows.put(t.get("receipt.pdf.payload"), abbreviate(e.payload(), 900));
            for (var row : rows.entrySet()) {
                PdfPCell k = new PdfPCell(f.phrase(row.getKey(), 9, Font.BOLD));
                k.setPadding(4);
                PdfPCell v = new PdfPCell(f.phrase(row.getValue(), 9, Font.NORMAL));
                v.setPadding(4);
                table.addCell(k);
                table.addCell(v);
            }
            table.setSpacingAfter(14);
            doc.add(table);

            String qr = qrText(checkPageUrl, r);
            Paragraph check = new Paragraph(f.phrase(t.get("receipt.pdf.check", checkPageUrl), 10, Font.NORMAL));
            check.setSpacingAfter(6);
            doc.add(check);
            float size = 150;
            float y = writer.getVerticalPosition(true) - size - 6;
            drawQr(writer.getDirectContent(), qr, doc.left(), Math.max(doc.bottom(), y), size);
            Paragraph below = new Paragraph(f.phrase(qr, 7, Font.NORMAL));
            below.setSpacingBefore(size + 12);
            below.setAlignment(Element.ALIGN_LEFT);
            doc.add(below);
            doc.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the receipt PDF could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Picks Helvetica for Latin characters and the CJK font for the rest, per character. */
    private static final class Fonts {
        private final BaseFont cjk;

        Fonts(BaseFont cjk) {
            this.cjk = cjk;
        }

        Phrase phrase(String text, float size, int style) {
            FontSelector s = new FontSelector();
            s.addFont(new Font(Font.HELVETICA, size, style));
            s.addFont(new Font(cjk, size, style));
            return s.process(text);
        }
    }

    /** The QR code as filled squares drawn directly on the page (no image library, no AWT). */
    static void drawQr(PdfContentByte cb, String text, float x, float y, float size) {
        BitMatrix m;
        try {
            m = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code", e);
        }
        float cell = size / m.getWidth();
        cb.saveState();
        cb.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    cb.rectangle(x + col * cell, y + size - (row + 1) * cell, cell, cell);
                }
            }
        }
        cb.fill();
        cb.restoreState();
    }

    /** Signature lines on the receipt's checkpoint other than the log's own: its witnesses' cosignatures. */
    static int cosignatures(Receipt r) {
        try {
            return (int) Note.parse(r.proof().signedCheckpoint()).signatures().stream()
                    .filter(s -> !s.name().equals(r.origin()))
                    .count();
        } catch (Exception e) {
            return 0;
        }
    }

    private static Checkpoint checkpoint(Receipt r) {
        try {
            return Checkpoint.parse(Note.parse(r.proof().signedCheckpoint()).text());
        } catch (Exception e) {
            return null;
        }
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static byte[] font() {
        byte[] f = cjkFont;
        if (f == null) {
            try (InputStream in = ReceiptPdf.class.getResourceAsStream("/fonts/DroidSansFallback.ttf")) {
                if (in == null) {
                    throw new IllegalStateException("fonts/DroidSansFallback.ttf is missing from the class path");
                }
                cjkFont = f = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return f;
    }
}
