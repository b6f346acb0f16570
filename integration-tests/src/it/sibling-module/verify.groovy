// Invocations (invoker.properties): compile, compile, edit the sibling module's table, compile.
def text = { String path ->
    def f = new File(basedir, path)
    assert f.isFile() : "missing ${f}"
    f.getText('UTF-8')
}

assert text('tables/target/classes/errorcatalog/sibling.json').contains('SIB.0003') : 'the edit did not reach tables/target/classes'

// With <fileExtensions>class,jar,json,csv</fileExtensions>: the catalog follows the table.
def source = text('app/target/generated-sources/annotations/com/example/app/SiblingErrors.java')
assert source.contains('public static final SiblingErrors SIB_0003') : 'the generated source lacks the added code'
assert source.contains('The request body is not valid JSON.') : 'the generated source lacks the changed message'
def bundle = text('app/target/classes/com/example/app/SiblingErrors.properties')
assert bundle.contains('SIB.0003=Too many requests.') : "the bundle lacks the added code:\n${bundle}"
assert bundle.contains('SIB.0001=The request body is not valid JSON.') : "the bundle lacks the changed message:\n${bundle}"
assert new File(basedir, 'app/target/classes/com/example/app/SiblingErrors_zh_CN.properties').isFile()

// Without it (the default class,jar): the compiler plugin saw no change, the catalog is stale.
def plain = text('app-default-extensions/target/generated-sources/annotations/com/example/plain/SiblingErrors.java')
assert plain.contains('SIB_0001') && !plain.contains('SIB_0003') : 'expected the stale catalog without <fileExtensions>'
def plainBundle = text('app-default-extensions/target/classes/com/example/plain/SiblingErrors.properties')
assert plainBundle.contains('SIB.0001=The request is invalid.') : "expected the stale bundle:\n${plainBundle}"

// Both app modules compile nothing in the build without a change, and app-default-extensions
// nothing after the edit either.
def log = text('build.log')
def upToDate = log.count('Nothing to compile - all classes are up to date.')
assert upToDate == 3 : "expected 'Nothing to compile' from both app modules in build 2 and from app-default-extensions in build 4, saw it ${upToDate} times"
return true
