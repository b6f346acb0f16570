/**
 * The catalogs of the tests: a small table of the tests' own, and a real page's table from
 * catalog-data.
 */
@ErrorCatalog(name = "ShopErrors", sources = "errorcatalog/test/shop.json")
@ErrorCatalog(
    name = "ImageRecognitionErrors",
    sources = "errorcatalog/huaweicloud/image-recognition-zh.csv")
package dev.errorcatalog.spring.test;

import dev.errorcatalog.ErrorCatalog;
