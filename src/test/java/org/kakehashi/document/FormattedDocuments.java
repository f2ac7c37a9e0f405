package org.kakehashi.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Word documents as Word writes them (by Apache POI), with the formatting a city notice has: a bold date, a link
 * to the city's site, a table and a footnote.
 */
public final class FormattedDocuments {

    public static final String SITE = "https://www.city.kakehashi.example.jp/kurashi/";

    private FormattedDocuments() {
    }

    /**
     * A notice a council sends every year: 第12回令和7年度の市民税の説明会を<b>10月29日</b>に開きます。, a link and a
     * closing line, the council, year and date as given.
     */
    public static byte[] yearlyNotice(String council, String fiscalYear, String date) {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText(council + fiscalYear + "の市民税の説明会を");
            XWPFRun bold = paragraph.createRun();
            bold.setBold(true);
            bold.setText(date);
            paragraph.createRun().setText("に開きます。" + council + "の詳しくは");
            paragraph.createHyperlinkRun(SITE).setText("市のホームページ");
            paragraph.createRun().setText("をご覧ください。");
            document.createParagraph().createRun().setText(council + "の申込みは不要です。");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * 説明会のお知らせ。 A paragraph of three sentences — the second with a bold date, the third with a link — a
     * footnote on the first, and a table of two rows.
     */
    public static byte[] briefingNotice() {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText("市民の皆さまへ。");
            XWPFFootnote footnote = document.createFootnote();
            footnote.createParagraph().createRun().setText("申込みは不要です。");
            paragraph.addFootnoteReference(footnote);
            paragraph.createRun().setText("説明会を");
            XWPFRun date = paragraph.createRun();
            date.setBold(true);
            date.setText("10月29日");
            paragraph.createRun().setText("に開きます。詳しくは");
            XWPFHyperlinkRun link = paragraph.createHyperlinkRun(SITE);
            link.setText("市のホームページ");
            link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            paragraph.createRun().setText("をご覧ください。");

            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("会場");
            table.getRow(0).getCell(1).setText("市役所本館3階");
            table.getRow(1).getCell(0).setText("定員");
            table.getRow(1).getCell(1).setText("50名");

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
