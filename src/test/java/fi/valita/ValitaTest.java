package fi.valita;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one Spring test context most tests share: the whole application on a fresh embedded
 * PostgreSQL, with MockMvc and {@link TestPools}. Using the same annotation everywhere keeps it
 * to one database start for the whole suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestPools.class, SqlStatements.class})
public @interface ValitaTest {}
