package in.haat.edge;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Makes the application's JSON reader refuse a NUL character in any string or key ({@link NulCharacterException},
 * a 400), wherever the text is bound to: records, maps or trees. PostgreSQL cannot store NUL in text or jsonb, so
 * such input would otherwise fail later as a 500, or poison an event.
 */
@Singleton
public class NulFreeJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setInputDecorator(new Decorator());
    }

    /** Scans byte arrays in place and wraps streams and readers. */
    static final class Decorator extends InputDecorator {

        @Override
        public InputStream decorate(IOContext context, InputStream in) {
            return new FilterInputStream(in) {
                private final NulEscapes scanner = new NulEscapes();

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0 && scanner.nul(b)) {
                        throw new NulCharacterException();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int read = super.read(buffer, offset, length);
                    for (int i = offset; i < offset + read; i++) {
                        if (scanner.nul(buffer[i] & 0xff)) {
                            throw new NulCharacterException();
                        }
                    }
                    return read;
                }
            };
        }

        @Override
        public InputStream decorate(IOContext context, byte[] source, int offset, int length) throws IOException {
            NulEscapes scanner = new NulEscapes();
            for (int i = offset; i < offset + length; i++) {
                if (scanner.nul(source[i] & 0xff)) {
                    throw new NulCharacterException();
                }
            }
            return null;
        }

        @Override
        public Reader decorate(IOContext context, Reader reader) {
            return new FilterReader(reader) {
                private final NulEscapes scanner = new NulEscapes();

                @Override
                public int read() throws IOException {
                    int c = super.read();
                    if (c >= 0 && scanner.nul(c)) {
                        throw new NulCharacterException();
                    }
                    return c;
                }

                @Override
                public int read(char[] buffer, int offset, int length) throws IOException {
                    int read = super.read(buffer, offset, length);
                    for (int i = offset; i < offset + read; i++) {
                        if (scanner.nul(buffer[i])) {
                            throw new NulCharacterException();
                        }
                    }
                    return read;
                }
            };
        }
    }
}
