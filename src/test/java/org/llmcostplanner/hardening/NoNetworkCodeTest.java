package org.llmcostplanner.hardening;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The planner's own code uses no networking API at all (the child-JVM test proves no connection
 * at run time; this keeps a new feature from adding one unnoticed).
 */
class NoNetworkCodeTest {

    @Test
    void plannerCodeUsesNoNetworkingApi() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.llmcostplanner");
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName(java.net.Socket.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.ServerSocket.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.DatagramSocket.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.URLConnection.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.HttpURLConnection.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.InetAddress.class.getName())
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("SocketChannel");
        rule.check(classes);
    }
}
