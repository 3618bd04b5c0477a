package org.anju.common.blds;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * BLDS (Building &amp; Land Development Specification, permitdata.org) rows as CSV, the form open-data portals load:
 * a header line with the BLDS field names in the row type's order (its {@code @JsonPropertyOrder}), one line per row,
 * RFC 4180 quoting, dates as YYYY-MM-DD, and {@code ExtraFields} (a JSON object in BLDS) as JSON text in its cell.
 */
public final class BldsCsv {

    /** The media type of the CSV form. */
    public static final String MEDIA_TYPE = "text/csv";
    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() {
    };

    private BldsCsv() {
    }

    /** The CSV text of these rows of {@code type}; only the header line when there are none. */
    public static String write(Class<?> type, List<?> rows) {
        CsvSchema schema = CSV.schemaFor(type).withHeader().withLineSeparator("\r\n");
        try {
            List<Map<String, Object>> flat = rows.stream().map(BldsCsv::flat).toList();
            if (flat.isEmpty()) {
                return String.join(",", schema.getColumnNames()) + "\r\n";
            }
            return CSV.writer(schema).writeValueAsString(flat);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> flat(Object row) {
        LinkedHashMap<String, Object> cells = JSON.convertValue(row, ROW);
        cells.replaceAll((name, value) -> value instanceof Map<?, ?> || value instanceof List<?> ? json(value) : value);
        return cells;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
