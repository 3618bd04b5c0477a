package org.anju.common.blds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.junit.jupiter.api.Test;

class BldsCsvTest {

    @JsonPropertyOrder({ "PermitNum", "AppliedDate", "Description", "TotalSqFt", "ExtraFields" })
    record Row(@JsonProperty("PermitNum") String permitNum, @JsonProperty("AppliedDate") LocalDate appliedDate,
            @JsonProperty("Description") String description, @JsonProperty("TotalSqFt") Integer totalSqFt,
            @JsonProperty("ExtraFields") Map<String, Object> extraFields) {
    }

    @Test
    void headerInTheRowTypesOrderThenOneQuotedLinePerRow() {
        String csv = BldsCsv.write(Row.class, List.of(
                new Row("A369901-2026-000001", LocalDate.of(2026, 3, 9), "新建 2 层, \"砖混\"", 1938,
                        Map.of("storeys", 2)),
                new Row("A369901-2026-000002", null, "plain", null, null)));

        assertEquals("PermitNum,AppliedDate,Description,TotalSqFt,ExtraFields\r\n"
                + "A369901-2026-000001,2026-03-09,\"新建 2 层, \"\"砖混\"\"\",1938,\"{\"\"storeys\"\":2}\"\r\n"
                + "A369901-2026-000002,,plain,,\r\n", csv);
    }

    @Test
    void anEmptyPageIsTheHeaderAlone() {
        assertEquals("PermitNum,AppliedDate,Description,TotalSqFt,ExtraFields\r\n", BldsCsv.write(Row.class, List.of()));
    }
}
