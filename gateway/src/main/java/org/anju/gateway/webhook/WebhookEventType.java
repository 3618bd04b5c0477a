package org.anju.gateway.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The public events a subscriber may ask for: the services send them to the gateway, which signs and forwards them. */
public enum WebhookEventType {

    APPLICATION_SUBMITTED("application.submitted", "permits", "建房申请已提交", "Application submitted"),
    BOOK_ISSUED("book.issued", "permits", "选址意见书已核发", "Site selection opinion (book) issued"),
    CERTIFICATE_ISSUED("certificate.issued", "permits", "乡村建设规划许可证已核发",
            "Rural construction planning permit (certificate) issued"),
    BUILD_COMPLETED("build.completed", "permits", "竣工验收已通过", "Completion acceptance passed"),
    STOP_WORK_ISSUED("stop-work.issued", "inspections", "停工通知已下达", "Stop-work notice issued"),
    STOP_WORK_LIFTED("stop-work.lifted", "inspections", "停工通知已解除", "Stop-work notice lifted");

    /** The wire names, in the order above, for documentation and messages. */
    public static final String WIRE_NAMES = "application.submitted, book.issued, certificate.issued, build.completed, "
            + "stop-work.issued, stop-work.lifted";

    private final String wire;
    private final String source;
    private final String labelZh;
    private final String labelEn;

    WebhookEventType(String wire, String source, String labelZh, String labelEn) {
        this.wire = wire;
        this.source = source;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String wire() {
        return wire;
    }

    /** The service that publishes it. */
    public String source() {
        return source;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public static Optional<WebhookEventType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(value)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(WebhookEventType::wire).toList();
    }
}
