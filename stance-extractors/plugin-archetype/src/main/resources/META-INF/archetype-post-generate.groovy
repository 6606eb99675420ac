// Run by archetype:generate once the project is written.
import java.nio.file.Files

def project = new File(request.outputDirectory, request.artifactId)

// Generation does not keep file modes: make the wrapper runnable, as the README's ./mvnw expects.
def wrapper = new File(project, "mvnw")
if (!wrapper.setExecutable(true, false)) {
    throw new IllegalStateException("could not make " + wrapper + " executable; run it as: sh mvnw")
}

// An archetype jar cannot hold a file named .gitignore, so it ships as gitignore.
Files.move(new File(project, "gitignore").toPath(), new File(project, ".gitignore").toPath())
