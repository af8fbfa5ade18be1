package org.notegarden.app.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.TreeMap;

/**
 * Writes a JSON document the one way the committed API contract is written: keys sorted, two
 * spaces per level, one value per line. Equal documents then give equal text, and a change to
 * the API gives a readable diff.
 */
final class ContractFile {
    private ContractFile() {
    }

    static String format(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, "", out);
        return out.append('\n').toString();
    }

    private static void write(JsonValue value, String indent, StringBuilder out) {
        String inner = indent + "  ";
        if (value instanceof JsonObject o) {
            if (o.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            var sorted = new TreeMap<>(o);
            int i = 0;
            for (var e : sorted.entrySet()) {
                out.append(inner).append(Json.createValue(e.getKey())).append(": ");
                write(e.getValue(), inner, out);
                out.append(++i < sorted.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof JsonArray a) {
            if (a.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < a.size(); i++) {
                out.append(inner);
                write(a.get(i), inner, out);
                out.append(i + 1 < a.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (value instanceof JsonString s) {
            out.append(Json.createValue(s.getString()));
        } else {
            out.append(value);
        }
    }
}
