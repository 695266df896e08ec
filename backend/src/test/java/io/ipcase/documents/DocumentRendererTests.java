package io.ipcase.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ipcase.cases.CaseRecord;
import io.ipcase.cases.CaseType;
import io.ipcase.cases.PartyKind;
import io.ipcase.cases.PartyRecord;
import io.ipcase.cases.PatentType;
import io.ipcase.security.Office;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.thymeleaf.dialect.IDialect;

/**
 * The templates and the layout, rendered without the application: what a PDF says and
 * how.
 */
class DocumentRendererTests {

    private static final DocumentRenderer RENDERER = new DocumentRenderer(
            new StaticListableBeanFactory().getBeanProvider(IDialect.class));

    @Test
    void aNoticeIsAnA4PdfWithLetterheadNumberChineseDateSealAndPageFooter() throws IOException {
        byte[] pdf = RENDERER.render("acceptance-notice",
                variables(Addressee.party(requester(), ServiceMethod.ELECTRONIC)));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            // A4: 210 × 297 mm in points
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, offset(1f));
            String text = text(doc);
            assertThat(text).contains("重庆市渝北区知识产权局受理通知书渝北知受字〔2026〕3号张伟：");
            assertThat(text).contains("二〇二六年十一月二十三日提交的请求处理重庆某贸易有限公司侵犯ZL202320123456.1号“一种折叠椅”实用新型专利权纠纷");
            assertThat(text).contains("案号为渝北知裁〔2026〕7号");
            assertThat(text).contains("（印章）重庆市渝北区知识产权局二〇二六年十一月二十四日");
            assertThat(text).contains("送达方式：电子送达");
            assertThat(text).contains("第1页/共1页");
        }
    }

    @Test
    void theChineseFontIsEmbeddedAsASubset() throws IOException {
        byte[] pdf = RENDERER.render("acceptance-notice",
                variables(Addressee.party(requester(), ServiceMethod.ELECTRONIC)));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                // a subset's name carries a six-letter tag: ABCDEF+NotoSansSC-Regular
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
            });
            // a subset is small: the full font is about 10 MB
            assertThat(pdf.length).isLessThan(400_000);
        }
    }

    @Test
    void aLongListRunsOntoMorePagesEachNumberedXOfY() throws IOException {
        Map<String, Object> variables = variables(Addressee.party(requester(), ServiceMethod.POSTAL));
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            items.add("需要补正的第" + i + "项材料：专利登记簿副本及其他证明文件");
        }
        variables.put("missingItems", items);
        variables.put("dueDate", LocalDate.of(2026, 12, 7));

        byte[] pdf = RENDERER.render("supplement-notice", variables);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = text(doc);
            assertThat(text).contains("第1页/共" + pages + "页").contains("第" + pages + "页/共" + pages + "页");
            assertThat(text).contains("二〇二六年十二月七日前（含当日）补正").contains("需要补正的第60项材料");
            assertThat(text).contains("送达方式：邮寄送达");
        }
    }

    static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }

    private static PartyRecord requester() {
        return new PartyRecord(PartyRecord.REQUESTER, PartyKind.PERSON, "张伟", "500102198503121238", "重庆市渝北区龙溪街道1号",
                "13800000000", true, "t.complainant");
    }

    private static Map<String, Object> variables(Addressee addressee) {
        CaseRecord c = new CaseRecord(UUID.randomUUID(), "渝北知裁〔2026〕7号", "yubei", CaseType.INFRINGEMENT_ADJUDICATION,
                "FILED", "t.complainant", OffsetDateTime.parse("2026-11-23T09:00:00+08:00"), LocalDate.of(2026, 11, 23),
                "ZL202320123456.1", PatentType.UTILITY_MODEL, "一种折叠椅", List.of(1, 3), "事实和理由", "请求事项", null);
        PartyRecord respondent = new PartyRecord(PartyRecord.RESPONDENT, PartyKind.ORGANISATION, "重庆某贸易有限公司",
                "91500000MA5U00000W", "重庆市渝北区回兴街道2号", null, true, null);
        Map<String, Object> variables = new HashMap<>();
        variables.put("case", c);
        variables.put("office",
                new Office("yubei", "重庆市渝北区知识产权局", "Yubei District Intellectual Property Office", "DISTRICT", "渝北知"));
        variables.put("number", "渝北知受字〔2026〕3号");
        variables.put("title", "受理通知书");
        variables.put("issuedOn", LocalDate.of(2026, 11, 24));
        variables.put("addressee", addressee);
        variables.put("parties", List.of(requester(), respondent));
        variables.put("requester", requester());
        variables.put("respondent", respondent);
        variables.put("cn", new ChineseDates());
        return variables;
    }

}
