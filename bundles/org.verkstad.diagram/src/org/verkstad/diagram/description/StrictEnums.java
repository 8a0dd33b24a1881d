package org.verkstad.diagram.description;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * Enumerations read from a description by their {@link SerializedName}: a value that is none of them is a
 * mistake reported with the values there are (Gson itself would read it as null and the mistake would
 * show only as a diagram drawn wrongly).
 */
final class StrictEnums implements TypeAdapterFactory {

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
		Class<? super T> raw = type.getRawType();
		if (!raw.isEnum()) {
			return null;
		}
		return (TypeAdapter<T>) new Adapter(raw);
	}

	private static final class Adapter<E extends Enum<E>> extends TypeAdapter<E> {

		private final Map<String, E> byName = new LinkedHashMap<>();

		Adapter(Class<E> type) {
			for (E constant : type.getEnumConstants()) {
				try {
					SerializedName name = type.getField(constant.name()).getAnnotation(SerializedName.class);
					byName.put(name == null ? constant.name() : name.value(), constant);
				} catch (NoSuchFieldException e) {
					throw new IllegalStateException(e);
				}
			}
		}

		@Override
		public E read(JsonReader in) throws IOException {
			if (in.peek() == JsonToken.NULL) {
				in.nextNull();
				return null;
			}
			String value = in.nextString();
			E constant = byName.get(value);
			if (constant == null) {
				throw new JsonParseException("\"" + value + "\" at " + in.getPath() + " is none of " + byName.keySet());
			}
			return constant;
		}

		@Override
		public void write(JsonWriter out, E value) throws IOException {
			out.value(value == null ? null : byName.entrySet().stream().filter(e -> e.getValue() == value).findFirst()
					.orElseThrow().getKey());
		}
	}
}
