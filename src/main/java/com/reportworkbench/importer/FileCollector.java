package com.reportworkbench.importer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands the files and folders an analyst dropped or named into the files to import. Inside folders only
 * supported, non-hidden files are taken (a folder of reports holds thumbnails and lock files too); a file
 * named explicitly is always returned, even if unsupported or missing, so the reader says why it is refused.
 *
 * <p>Symbolic links are followed, once: a file or folder reached through several links (or a link and its
 * real path) is taken once, and a link that loops back to a folder containing it is not followed. A link
 * that is not followed, a pipe or device with a report's name, and a folder that cannot be read are each
 * reported with a reason ({@link Collected#skipped()}), never dropped without a word.
 */
public final class FileCollector {

    /** A path that is not imported, and why. */
    public record Skipped(Path path, String reason) {}

    /** The files to import (sorted by path, each once) and the paths passed over with a reason. */
    public record Collected(List<Path> files, List<Skipped> skipped) {}

    /** The files to import, sorted by path, each once. */
    public List<Path> collect(List<Path> roots) {
        return collectAll(roots).files();
    }

    public Collected collectAll(List<Path> roots) {
        Walk walk = new Walk();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                walk.folder(root);
            } else if (Files.exists(root) && !Files.isRegularFile(root)) {
                walk.skipped.add(new Skipped(root, "not a regular file (a pipe, socket or device): not read"));
            } else {
                walk.byIdentity.putIfAbsent(identity(root), root);
            }
        }
        List<Path> files = new ArrayList<>(walk.byIdentity.values());
        files.sort(null);
        return new Collected(List.copyOf(files), List.copyOf(walk.skipped));
    }

    private static final class Walk {
        final Map<Path, Path> byIdentity = new LinkedHashMap<>(); // real path -> path as found
        final Set<Path> folders = new HashSet<>();
        final List<Skipped> skipped = new ArrayList<>();

        void folder(Path root) {
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(root) && isHidden(dir)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (!folders.add(identity(dir))) {
                            if (Files.isSymbolicLink(dir)) {
                                skipped.add(new Skipped(dir, "link to a folder that is already part of this import: "
                                        + "its files are taken once"));
                            }
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (isHidden(file) || DocumentFormat.of(file).isEmpty()) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isSymbolicLink()) {
                            skipped.add(new Skipped(file, "broken link: what it points to does not exist"));
                        } else if (!attrs.isRegularFile()) {
                            skipped.add(new Skipped(file, "not a regular file (a pipe, socket or device): not read"));
                        } else if (byIdentity.putIfAbsent(identity(file), file) != null && Files.isSymbolicLink(file)) {
                            skipped.add(new Skipped(file, "link to a file that is already part of this import: taken once"));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // an unreadable sub-folder or a link loop: import what can be read, and say what was not
                        if (e instanceof FileSystemLoopException) {
                            skipped.add(new Skipped(file, "link loop: it points to a folder that contains it; not followed"));
                        } else if (e instanceof AccessDeniedException) {
                            skipped.add(new Skipped(file, "permission denied: this folder or file cannot be read"));
                        } else if (!isHidden(file)) {
                            skipped.add(new Skipped(file, "cannot be read: " + Reasons.firstLine(e)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // walkFileTree only throws what the visitor throws, and ours throws nothing
                throw new IllegalStateException(e);
            }
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

    /** The file itself, whichever links lead to it. */
    private static Path identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
