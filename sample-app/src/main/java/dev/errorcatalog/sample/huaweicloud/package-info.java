/**
 * The Huawei Cloud AI error catalogs, one per documented page, generated at compile time from the
 * tables of the catalog-data artifact.
 */
@ErrorCatalog(name = "VasErrors", sources = "errorcatalog/huaweicloud/vas.csv")
@ErrorCatalog(name = "AisImageErrors", sources = "errorcatalog/huaweicloud/ais-image.json")
@ErrorCatalog(name = "ImageSearchErrors", sources = "errorcatalog/huaweicloud/image-search.json")
@ErrorCatalog(name = "OcrErrors", sources = "errorcatalog/huaweicloud/ocr.json")
@ErrorCatalog(
    name = "ImageRecognitionErrors",
    sources = "errorcatalog/huaweicloud/image-recognition-zh.csv")
package dev.errorcatalog.sample.huaweicloud;

import dev.errorcatalog.ErrorCatalog;
