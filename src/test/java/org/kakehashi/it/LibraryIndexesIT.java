package org.kakehashi.it;

import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged WAR's libraries each carry the annotation index the server reads at start instead of reading their
 * classes (the pom's {@code library-indexes}); an index that missed a class would hide it from the server's
 * annotation processing, so each index is read back and must know every class of its library.
 */
class LibraryIndexesIT {

    private static final String INDEX = "META-INF/jandex.idx";

    @Test
    void everyLibraryOfTheWarCarriesAnIndexOfAllItsClasses() throws IOException {
        List<String> libraries = new ArrayList<>();
        try (ZipFile war = new ZipFile(Path.of("target", "kakehashi.war").toFile())) {
            for (ZipEntry entry : war.stream().toList()) {
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    libraries.add(entry.getName());
                    try (InputStream library = war.getInputStream(entry)) {
                        assertIndexKnowsEveryClass(entry.getName(), library);
                    }
                }
            }
        }
        assertThat(libraries).as("the WAR's libraries").anyMatch(name -> name.startsWith("WEB-INF/lib/icu4j-"));
    }

    private static void assertIndexKnowsEveryClass(String library, InputStream content) throws IOException {
        List<String> classes = new ArrayList<>();
        Index index = null;
        try (JarInputStream jar = new JarInputStream(content)) {
            for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                String name = entry.getName();
                if (name.equals(INDEX)) {
                    index = new IndexReader(jar).read();
                } else if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")
                        && !name.endsWith("package-info.class")) {
                    classes.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        assertThat(index).as(library + " carries " + INDEX).isNotNull();
        Index read = index;
        assertThat(classes).as("classes of %s missing from its index", library)
                .allMatch(name -> read.getClassByName(DotName.createSimple(name)) != null);
    }
}
