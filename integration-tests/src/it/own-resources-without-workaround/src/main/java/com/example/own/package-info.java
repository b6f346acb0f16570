@ErrorCatalog(name = "OwnErrors", sources = "errorcatalog/own.csv")
package com.example.own;

import dev.errorcatalog.ErrorCatalog;
