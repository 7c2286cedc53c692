package fi.valita.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;

/** The enums of the application's own code (not of its tests), found on the class path. */
public final class ApplicationEnums {

    private static final List<Class<?>> ALL = find();

    private ApplicationEnums() {}

    /** Every enum of the main code, by name. */
    public static List<Class<?>> all() {
        return ALL;
    }

    /** The names of all their values, such as {@code DRAFT} or {@code DAILY_ALLOWANCE}. */
    public static Set<String> valueNames() {
        Set<String> names = new TreeSet<>();
        for (Class<?> type : ALL) {
            Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).forEach(names::add);
        }
        return names;
    }

    private static List<Class<?>> find() {
        var resolver = new PathMatchingResourcePatternResolver();
        var readers = new CachingMetadataReaderFactory(resolver);
        List<Class<?>> found = new ArrayList<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:fi/valita/**/*.class")) {
                if (resource.getURL().toString().contains("/test-classes/")) {
                    continue;
                }
                MetadataReader reader = readers.getMetadataReader(resource);
                if ("java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName())) {
                    found.add(Class.forName(reader.getClassMetadata().getClassName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        found.sort(Comparator.comparing(Class::getName));
        return List.copyOf(found);
    }
}
