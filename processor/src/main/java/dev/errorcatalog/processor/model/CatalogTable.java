package dev.errorcatalog.processor.model;

import java.util.Optional;

/**
 * What a catalog records of one of its tables, for the generated documentation.
 *
 * @param path the resource path
 * @param catalogId the table's catalog id
 * @param title its title, if given
 * @param source where its content comes from, if given
 * @param note a remark on the whole table, if given
 * @param size the number of codes it holds
 */
public record CatalogTable(
    String path,
    String catalogId,
    Optional<String> title,
    Optional<String> source,
    Optional<String> note,
    int size) {}
