package org.forecastledger.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * One column value between JDBC and JSON, by the column's SQL type, the same way on H2 and PostgreSQL: numbers as
 * numbers, booleans as booleans, dates and times as ISO-8601 text (timestamps always with microseconds), binary as
 * base64, everything else as text.
 */
final class JdbcValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private JdbcValues() {
    }

    static JsonNode read(ResultSet row, int index, int type) throws SQLException {
        JsonNode value = switch (type) {
            case Types.BOOLEAN, Types.BIT -> JSON.booleanNode(row.getBoolean(index));
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> JSON.numberNode(row.getLong(index));
            case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE ->
                    row.getBigDecimal(index) == null ? null : JSON.numberNode(row.getBigDecimal(index));
            case Types.DATE -> text(row.getObject(index, LocalDate.class));
            case Types.TIME -> text(row.getObject(index, LocalTime.class));
            case Types.TIMESTAMP -> {
                LocalDateTime time = row.getObject(index, LocalDateTime.class);
                yield time == null ? null : JSON.textNode(TIMESTAMP.format(time));
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime time = row.getObject(index, OffsetDateTime.class);
                yield time == null ? null : JSON.textNode(TIMESTAMP.format(time.withOffsetSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime()) + "Z");
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = row.getBytes(index);
                yield bytes == null ? null : JSON.textNode(Base64.getEncoder().encodeToString(bytes));
            }
            default -> text(row.getString(index));
        };
        return row.wasNull() || value == null ? JSON.nullNode() : value;
    }

    /**
     * Binds a value from a backup file to a column.
     *
     * @throws IllegalArgumentException naming what is wrong when the value does not fit the column's type
     */
    static void bind(PreparedStatement insert, int index, int type, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(index, type);
            return;
        }
        try {
            switch (type) {
                case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, expect(value, value.isBoolean(), "true or false")
                        .booleanValue());
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> insert.setLong(index,
                        expect(value, value.isIntegralNumber() && value.canConvertToLong(), "a whole number").longValue());
                case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> insert.setBigDecimal(index,
                        new BigDecimal(expect(value, value.isNumber(), "a number").asText()));
                case Types.DATE -> insert.setObject(index, LocalDate.parse(textOf(value)));
                case Types.TIME -> insert.setObject(index, LocalTime.parse(textOf(value)));
                case Types.TIMESTAMP -> insert.setObject(index, LocalDateTime.parse(textOf(value)));
                case Types.TIMESTAMP_WITH_TIMEZONE -> insert.setObject(index, OffsetDateTime.parse(textOf(value)));
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> insert.setBytes(index,
                        Base64.getDecoder().decode(textOf(value)));
                default -> insert.setString(index, textOf(value));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value.asText() + "' is not a date or time of the right form");
        }
    }

    private static JsonNode expect(JsonNode value, boolean fits, String what) {
        if (!fits) {
            throw new IllegalArgumentException(value + " is not " + what);
        }
        return value;
    }

    private static String textOf(JsonNode value) {
        return expect(value, value.isTextual(), "text").textValue();
    }

    private static JsonNode text(Object value) {
        return value == null ? null : JSON.textNode(value.toString());
    }
}
