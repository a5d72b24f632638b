package vn.nguon.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Strict reading of JSON request bodies into the API's records, as a careful clerk reads a form:
 * the body is parsed within limits (size, nesting, string length, list length, no repeated key), then
 * every value must already have its field's type — a number that does not fit is refused as typed,
 * never wrapped; a number is not taken for text nor text for a number; a field the record does not
 * have is refused. Every problem names its field ({@code versions[0].text}, {@code $} for the body
 * itself), so a client can fix all of them in one go. Pure Java: unit-tested without a server.
 */
public final class JsonBodies {

    /** Largest body read, in bytes; larger ones are refused before parsing. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Deepest nesting of objects and arrays (the API's deepest record is 4 levels). */
    public static final int MAX_DEPTH = 32;
    /** Longest text value, in characters (a report's narrative section is far shorter). */
    public static final int MAX_STRING = 100_000;
    /** Longest list. */
    public static final int MAX_ITEMS = 10_000;

    /** The field named for the body as a whole. */
    public static final String ROOT = "$";

    /** A body that cannot be read as JSON at all: answered 400 (413 when too large). */
    public static final class UnreadableBodyException extends RuntimeException {
        private final int status;
        private final Violation violation;

        UnreadableBodyException(int status, Violation violation) {
            super(violation.field() + ": " + violation.code() + " " + violation.args(), null, false, false);
            this.status = status;
            this.violation = violation;
        }

        public int status() {
            return status;
        }

        public Violation violation() {
            return violation;
        }
    }

    private static final Object NULL = new Object();

    private JsonBodies() {
    }

    /** Reads one body as {@code type}: 400/413 when it is not JSON within limits, 422 naming every field whose value is wrong. */
    public static Object read(InputStream in, Type type) {
        Object tree = parse(in);
        if (tree == null) {
            return null;
        }
        List<Violation> violations = new ArrayList<>();
        Object value = bind(tree, type, ROOT, violations);
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
        return value;
    }

    // ---- parsing: a tree of LinkedHashMap / ArrayList / String / BigDecimal / Boolean / NULL

    /** An object or array being read, and its path. */
    private record Frame(Object container, String path) {

        /** The path of the value read next into this container. */
        String next(String key) {
            return container instanceof List<?> l ? field(path, l.size()) : key == null ? path : field(path, key);
        }
    }

    static Object parse(InputStream in) {
        byte[] bytes = readLimited(in);
        if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            return null; // no body: the resource says whether it needs one (Rest.required)
        }
        Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        Deque<Frame> stack = new ArrayDeque<>();
        Object root = null;
        String key = null;
        try (JsonParser p = Json.createParser(reader)) {
            while (p.hasNext()) {
                JsonParser.Event e = p.next();
                Object value;
                switch (e) {
                    case KEY_NAME -> {
                        key = p.getString();
                        @SuppressWarnings("unchecked") Map<String, Object> object = (Map<String, Object>) stack.peek().container();
                        if (object.containsKey(key)) {
                            throw unreadable(400, at(stack, key), "json.duplicateKey");
                        }
                        continue;
                    }
                    case START_OBJECT, START_ARRAY -> {
                        if (stack.size() >= MAX_DEPTH) {
                            throw unreadable(400, at(stack, key), "json.tooDeep", MAX_DEPTH);
                        }
                        value = e == JsonParser.Event.START_OBJECT ? new LinkedHashMap<String, Object>() : new ArrayList<>();
                    }
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        key = null;
                        continue;
                    }
                    case VALUE_STRING -> value = p.getString();
                    case VALUE_NUMBER -> value = number(p, stack, key);
                    case VALUE_TRUE -> value = Boolean.TRUE;
                    case VALUE_FALSE -> value = Boolean.FALSE;
                    default -> value = NULL;
                }
                String path = at(stack, key);
                if (stack.isEmpty()) {
                    root = value;
                } else {
                    add(stack.peek(), key, value, path);
                }
                if (value instanceof Map || value instanceof List) {
                    stack.push(new Frame(value, path));
                }
                key = null;
            }
        } catch (JsonParsingException e) {
            JsonLocation where = e.getLocation();
            throw unreadable(400, at(stack, key), "json.malformed",
                    where == null ? 1 : where.getLineNumber(), where == null ? 1 : where.getColumnNumber());
        } catch (JsonException e) {
            if (e.getCause() instanceof CharacterCodingException || e.getCause() instanceof IOException) {
                throw unreadable(400, at(stack, key), "json.notUtf8");
            }
            throw unreadable(400, at(stack, key), "json.malformed", 1, 1);
        }
        return root;
    }

    private static String at(Deque<Frame> stack, String key) {
        return stack.isEmpty() ? ROOT : stack.peek().next(key);
    }

    private static Object number(JsonParser p, Deque<Frame> stack, String key) {
        try {
            return p.getBigDecimal();
        } catch (NumberFormatException | ArithmeticException | JsonException e) {
            throw unreadable(400, at(stack, key), "json.badNumber");
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(Frame frame, String key, Object value, String path) {
        if (frame.container() instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(key, value);
        } else {
            List<Object> list = (List<Object>) frame.container();
            if (list.size() >= MAX_ITEMS) {
                throw unreadable(400, frame.path(), "json.tooManyItems", MAX_ITEMS);
            }
            list.add(value);
        }
    }

    private static byte[] readLimited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw unreadable(413, ROOT, "json.tooLarge", MAX_BYTES / 1024);
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(400, ROOT, "json.malformed", 1, 1);
        }
    }

    private static UnreadableBodyException unreadable(int status, String field, String code, Object... args) {
        return new UnreadableBodyException(status, Violation.of(field, code, args));
    }

    // ---- binding: the tree into records, lists, maps, text, numbers, dates, enums

    static Object bind(Object value, Type type, String field, List<Violation> v) {
        Class<?> raw = raw(type);
        if (value == NULL) {
            if (raw.isPrimitive()) {
                v.add(Violation.of(field, Violation.REQUIRED));
            }
            return raw.isPrimitive() ? defaultOf(raw) : null;
        }
        if (raw == String.class) {
            if (!(value instanceof String s)) {
                return refuse(v, field, "json.notText");
            }
            if (s.length() > MAX_STRING) {
                return refuse(v, field, Violation.TOO_LONG, MAX_STRING);
            }
            return s;
        }
        if (raw == Integer.class || raw == int.class) {
            return whole(value, field, v, Integer.MIN_VALUE, Integer.MAX_VALUE, BigDecimal::intValueExact);
        }
        if (raw == Long.class || raw == long.class) {
            return whole(value, field, v, Long.MIN_VALUE, Long.MAX_VALUE, BigDecimal::longValueExact);
        }
        if (raw == BigDecimal.class) {
            return value instanceof BigDecimal d ? d : refuse(v, field, Violation.NOT_A_NUMBER);
        }
        if (raw == Double.class || raw == double.class) {
            if (value instanceof BigDecimal d && Double.isFinite(d.doubleValue())) {
                return d.doubleValue();
            }
            return refuse(v, field, Violation.NOT_A_NUMBER);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return value instanceof Boolean b ? b : refuse(v, field, "json.notBoolean");
        }
        if (raw == LocalDate.class) {
            if (value instanceof String s) {
                try {
                    return LocalDate.parse(s.strip());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            return refuse(v, field, "json.notIsoDate");
        }
        if (raw.isEnum()) {
            if (value instanceof String s) {
                for (Object constant : raw.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equalsIgnoreCase(s.strip())) {
                        return constant;
                    }
                }
                return refuse(v, field, "notAllowed", s.length() > 50 ? s.substring(0, 50) + "…" : s);
            }
            return refuse(v, field, "json.notText");
        }
        if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
            if (!(value instanceof List<?> list)) {
                return refuse(v, field, "json.notList");
            }
            Type item = argument(type, 0);
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(bind(list.get(i), item, field(field, i), v));
            }
            return out;
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof Map<?, ?> map)) {
                return refuse(v, field, "json.notObject");
            }
            Type item = argument(type, 1);
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, x) -> out.put((String) k, bind(x, item, field(field, (String) k), v)));
            return out;
        }
        if (raw.isRecord()) {
            if (!(value instanceof Map<?, ?> map)) {
                return refuse(v, field, "json.notObject");
            }
            return record(raw, map, field, v);
        }
        throw new IllegalStateException("no strict JSON binding for " + type + " at " + field);
    }

    private static Object record(Class<?> type, Map<?, ?> map, String field, List<Violation> v) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        for (Object key : map.keySet()) {
            if (!names.contains(key)) {
                v.add(Violation.of(field(field, (String) key), "json.unknownField"));
            }
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Object x = map.containsKey(c.getName()) ? map.get(c.getName()) : NULL;
            args[i] = bind(x, c.getGenericType(), field(field, c.getName()), v);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    private interface Exact {
        Object of(BigDecimal d);
    }

    private static Object whole(Object value, String field, List<Violation> v, long min, long max, Exact exact) {
        if (!(value instanceof BigDecimal d)) {
            return refuse(v, field, Violation.NOT_INTEGER);
        }
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            return refuse(v, field, "json.outOfRange", min, max);
        }
        try {
            return exact.of(d);
        } catch (ArithmeticException e) {
            return refuse(v, field, Violation.NOT_INTEGER);
        }
    }

    private static Object refuse(List<Violation> v, String field, String code, Object... args) {
        v.add(Violation.of(field, code, args));
        return null;
    }

    private static String field(String parent, int index) {
        return (ROOT.equals(parent) ? "" : parent) + "[" + index + "]";
    }

    private static String field(String parent, String key) {
        return ROOT.equals(parent) ? key : parent + "." + key;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("no strict JSON binding for " + type);
    }

    private static Type argument(Type type, int i) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[i];
        }
        throw new IllegalStateException("a raw collection cannot be bound strictly: " + type);
    }

    private static Object defaultOf(Class<?> primitive) {
        return switch (primitive.getName().toLowerCase(Locale.ROOT)) {
            case "boolean" -> false;
            case "double" -> 0d;
            case "long" -> 0L;
            default -> 0;
        };
    }

    /** Whether {@code type} is bound by these rules (records, lists and maps of them); other bodies are not JSON objects. */
    public static boolean binds(Type type) {
        Class<?> raw = type instanceof Class<?> c ? c : type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
        return raw != null && (raw.isRecord() || List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw));
    }
}
