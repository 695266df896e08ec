package io.ipcase.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import javax.imageio.ImageIO;

/** Real files on disk, as a party would upload them. */
public final class EvidenceFiles {

    private EvidenceFiles() {
    }

    /** A one-page PDF with a proper cross-reference table. */
    public static Path pdf(Path dir, String name) {
        String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                null, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
        String text = "BT /F1 18 Tf 72 760 Td (Evidence: product photo and purchase receipt) Tj ET";
        objects[3] = "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream";
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
            .append(objects.length + 1)
            .append(" /Root 1 0 R >>\nstartxref\n")
            .append(xref)
            .append("\n%%EOF\n");
        return write(dir.resolve(name), pdf.toString().getBytes(StandardCharsets.US_ASCII));
    }

    public static Path png(Path dir, String name) {
        return image(dir.resolve(name), "png");
    }

    public static Path jpeg(Path dir, String name) {
        return image(dir.resolve(name), "jpeg");
    }

    /** A text file wearing a PDF's name: the server must judge by the bytes. */
    public static Path textNamedPdf(Path dir, String name) {
        return write(dir.resolve(name), "这不是 PDF，只是改了扩展名的文本。".getBytes(StandardCharsets.UTF_8));
    }

    /** A PDF larger than the 20 MB a single file may have. */
    public static Path oversizePdf(Path dir, String name) {
        Path file = pdf(dir, name);
        try {
            Files.write(file, new byte[21 * 1024 * 1024], StandardOpenOption.APPEND);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Path image(Path file, String format) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(8, 8, 48, 32);
        g.dispose();
        try {
            ImageIO.write(image, format, file.toFile());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
