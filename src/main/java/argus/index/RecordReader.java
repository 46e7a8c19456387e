package argus.index;

import argus.config.PhpVersion;
import argus.config.PhpVersionRange;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds JSON to records on Jackson's streaming parser, strictly: an unknown field, a duplicate
 * key, a value of the wrong JSON type or an unknown PHP version is an error. Absent fields take
 * Java's defaults (null, false, 0). databind would do the same, but its start-up alone costs
 * ~200 ms, more than the whole budget for loading the built-ins on every run.
 */
final class RecordReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Map<Class<?>, Binding> BINDINGS = new ConcurrentHashMap<>();

    private RecordReader() {
    }

    static Object read(byte[] json, int offset, int length, Type type) {
        try (JsonParser p = FACTORY.createParser(json, offset, length)) {
            p.nextToken();
            Object value = value(p, type);
            if (p.nextToken() != null) {
                throw error(p, "trailing content");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Object value(JsonParser p, Type type) throws IOException {
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            if (raw.isPrimitive()) {
                throw error(p, "null for " + raw);
            }
            return null;
        }
        if (raw == String.class) {
            return expect(p, JsonToken.VALUE_STRING).getText();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                throw error(p, "expected a boolean");
            }
            return t == JsonToken.VALUE_TRUE;
        }
        if (raw == int.class || raw == Integer.class) {
            return expect(p, JsonToken.VALUE_NUMBER_INT).getIntValue();
        }
        if (raw == Object.class) {
            return scalar(p, t);
        }
        if (raw == PhpVersion.class || raw == PhpVersionRange.class) {
            String text = expect(p, JsonToken.VALUE_STRING).getText();
            try {
                return raw == PhpVersion.class ? PhpVersion.parse(text) : PhpVersionRange.parse(text);
            } catch (IllegalArgumentException e) {
                throw error(p, e.getMessage());
            }
        }
        if (raw.isEnum()) {
            return enumValue(p, raw, expect(p, JsonToken.VALUE_STRING).getText());
        }
        Type[] args = type instanceof ParameterizedType pt ? pt.getActualTypeArguments() : new Type[0];
        if (raw == List.class) {
            expect(p, JsonToken.START_ARRAY);
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(p, args[0]));
            }
            return list;
        }
        if (raw == Map.class) {
            expect(p, JsonToken.START_OBJECT);
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                map.put(key, value(p, args[1]));
            }
            return map;
        }
        if (raw.isRecord()) {
            return BINDINGS.computeIfAbsent(raw, Binding::new).read(p, args);
        }
        throw error(p, "cannot bind " + type);
    }

    private static Object scalar(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                throw error(p, "expected a scalar");
        }
    }

    private static Object enumValue(JsonParser p, Class<?> raw, String text) throws IOException {
        for (Object c : raw.getEnumConstants()) {
            try {
                JsonProperty name = raw.getField(((Enum<?>) c).name()).getAnnotation(JsonProperty.class);
                if (text.equals(name != null ? name.value() : ((Enum<?>) c).name())) {
                    return c;
                }
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        throw error(p, "unknown " + raw.getSimpleName() + " '" + text + "'");
    }

    private static JsonParser expect(JsonParser p, JsonToken token) throws IOException {
        if (p.currentToken() != token) {
            throw error(p, "expected " + token + ", found " + p.currentToken());
        }
        return p;
    }

    private static IOException error(JsonParser p, String message) {
        return new IOException(message + " at " + p.currentLocation().offsetDescription());
    }

    /** {@code t} with the type variables of its record replaced by {@code args}. */
    private static Type substitute(Type t, Type[] args) {
        if (t instanceof TypeVariable<?> v) {
            TypeVariable<?>[] vars = ((Class<?>) v.getGenericDeclaration()).getTypeParameters();
            for (int i = 0; i < vars.length; i++) {
                if (vars[i].equals(v)) {
                    return args[i];
                }
            }
            throw new IllegalStateException("unbound " + v);
        }
        if (t instanceof ParameterizedType pt) {
            Type[] inner = pt.getActualTypeArguments().clone();
            for (int i = 0; i < inner.length; i++) {
                inner[i] = substitute(inner[i], args);
            }
            return new Parameterized((Class<?>) pt.getRawType(), inner);
        }
        return t;
    }

    record Parameterized(Class<?> raw, Type[] args) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }

    /** A record's JSON names, component types and canonical constructor, computed once. */
    private static final class Binding {
        private final Class<?> type;
        private final Map<String, Integer> index = new HashMap<>();
        private final Type[] types;
        private final Object[] defaults;
        private final Constructor<?> constructor;

        Binding(Class<?> type) {
            this.type = type;
            RecordComponent[] cs = type.getRecordComponents();
            types = new Type[cs.length];
            defaults = new Object[cs.length];
            Class<?>[] raw = new Class<?>[cs.length];
            for (int i = 0; i < cs.length; i++) {
                // @JsonProperty cannot target a record component; javac copies it to the accessor.
                JsonProperty name = cs[i].getAccessor().getAnnotation(JsonProperty.class);
                index.put(name != null ? name.value() : cs[i].getName(), i);
                types[i] = cs[i].getGenericType();
                raw[i] = cs[i].getType();
                defaults[i] = raw[i] == boolean.class ? Boolean.FALSE : raw[i] == int.class ? Integer.valueOf(0) : null;
            }
            try {
                constructor = type.getDeclaredConstructor(raw);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        /** {@code args} are the record's type arguments (Member&lt;MethodVariant&gt;), if generic. */
        Object read(JsonParser p, Type[] args) throws IOException {
            expect(p, JsonToken.START_OBJECT);
            Object[] values = defaults.clone();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                Integer i = index.get(p.currentName());
                if (i == null) {
                    throw error(p, "unknown field '" + p.currentName() + "' in " + type.getSimpleName());
                }
                p.nextToken();
                values[i] = value(p, args.length == 0 ? types[i] : substitute(types[i], args));
            }
            try {
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IOException("cannot build " + type.getSimpleName() + ": " + e.getCause(), e);
            }
        }
    }
}
