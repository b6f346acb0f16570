@ErrorCatalog(name = "SiblingErrors", sources = "errorcatalog/sibling.json")
package com.example.plain;

import dev.errorcatalog.ErrorCatalog;
