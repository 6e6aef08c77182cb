package com.reportworkbench.importer;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the files and folders an analyst dropped or named into the files to import. Inside folders only
 * supported, non-hidden files are taken (a folder of reports holds thumbnails and lock files too); a file
 * named explicitly is always returned, even if unsupported or missing, so the reader says why it is refused.
 */
public final class FileCollector {

    /** The files to import, sorted by path, each once. */
    public List<Path> collect(List<Path> roots) {
        Map<Path, Path> byIdentity = new LinkedHashMap<>(); // normalised absolute path -> path as found
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                collectFolder(root, byIdentity);
            } else {
                byIdentity.putIfAbsent(identity(root), root);
            }
        }
        List<Path> files = new ArrayList<>(byIdentity.values());
        files.sort(null);
        return List.copyOf(files);
    }

    private static void collectFolder(Path folder, Map<Path, Path> byIdentity) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file) && DocumentFormat.of(file).isPresent()) {
                        byIdentity.putIfAbsent(identity(file), file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // an unreadable sub-folder: import what can be read rather than nothing
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // walkFileTree only throws what the visitor throws, and ours throws nothing
            throw new IllegalStateException(e);
        }
    }

    /** Dot files (and Office's ~$ lock files), plus whatever the OS marks hidden. */
    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String text = name.toString();
        if (text.startsWith(".") || text.startsWith("~$")) {
            return true;
        }
        try {
            return Files.isHidden(path);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path identity(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
