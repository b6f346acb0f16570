@ErrorCatalog(name = "SiblingErrors", sources = "errorcatalog/sibling.json")
package com.example.app;

import dev.errorcatalog.ErrorCatalog;
