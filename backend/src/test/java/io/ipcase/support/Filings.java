package io.ipcase.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Infringement-dispute requests as the portal sends them. */
public final class Filings {

    public static final String REQUESTER_ID = "500102198503121238";

    public static final String RESPONDENT_CREDIT_CODE = "91500000MA5U00000W";

    private Filings() {
    }

    /** A complete, valid request to the given office; a mutable copy each time. */
    public static Map<String, Object> valid(String officeId) {
        Map<String, Object> filing = new HashMap<>();
        filing.put("officeId", officeId);
        filing.put("requester", new HashMap<>(Map.of("kind", "PERSON", "name", "张伟", "idNumber", REQUESTER_ID,
                "address", "重庆市渝北区龙溪街道1号", "contact", "13800000000")));
        filing.put("respondent", new HashMap<>(Map.of("kind", "ORGANISATION", "name", "重庆某贸易有限公司", "idNumber",
                RESPONDENT_CREDIT_CODE, "address", "重庆市渝北区回兴街道2号", "domicileInChina", true)));
        filing.put("patent",
                new HashMap<>(Map.of("number", "ZL202320123456.1", "type", "UTILITY_MODEL", "title", "一种折叠椅")));
        filing.put("claims", List.of(1, 3));
        filing.put("factsAndReasons", "被请求人在其网店销售的折叠椅落入权利要求1、3的保护范围。");
        filing.put("requestedMeasures", "责令被请求人立即停止销售侵权产品。");
        return filing;
    }

    /**
     * A valid utility-model patent number of its own, "ZL20232" + seven digits + check
     * character, so a test can find its case among everyone else's.
     */
    public static String patentNumber(int serial) {
        String digits = "20232" + String.format("%07d", serial % 10_000_000);
        int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = sum % 11;
        return "ZL" + digits + "." + (check == 10 ? "X" : String.valueOf(check));
    }

    /**
     * A valid request whose patent number and respondent name belong to this test only.
     */
    public static Map<String, Object> distinct(String officeId, int serial, String respondentName) {
        Map<String, Object> filing = valid(officeId);
        part(filing, "patent").put("number", patentNumber(serial));
        part(filing, "respondent").put("name", respondentName);
        return filing;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> part(Map<String, Object> filing, String name) {
        return (Map<String, Object>) filing.get(name);
    }

}
