package io.ipcase.support;

import java.util.HashMap;
import java.util.Map;

/** Reports of counterfeiting as the public report page sends them. */
public final class CounterfeitReports {

    private CounterfeitReports() {
    }

    /** A complete report to Yubei; a mutable copy, so a test may take a field away. */
    public static Map<String, Object> valid() {
        Map<String, Object> report = new HashMap<>();
        report.put("officeId", "yubei");
        report.put("subjectName", "重庆某五金商行");
        report.put("subjectAddress", "重庆市渝北区龙溪街道5号");
        report.put("product", "折叠椅");
        report.put("markedPatentNumber", "ZL201520123456.X");
        report.put("whereSeen", "门店货架");
        report.put("description", "产品包装标注的专利号经查询已于2023年终止。");
        return report;
    }

}
