package org.notegarden.platform.testing;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * For the modules' plain-JUnit Hibernate boots only: no entity maps a JSON column, but Hibernate looks for
 * a JSON-B provider as soon as the API is on the class path (in the server, Payara brings one).
 */
public class NoJsonFormatMapper implements FormatMapper {
    @Override
    public <T> T fromString(CharSequence charSequence, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        throw new UnsupportedOperationException("no JSON columns are mapped");
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        throw new UnsupportedOperationException("no JSON columns are mapped");
    }
}
