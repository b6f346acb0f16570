// Invocations (invoker.properties): compile, compile, edit the table, compile.
def file = { String path -> new File(basedir, path) }
def text = { String path ->
    def f = file(path)
    assert f.isFile() : "missing ${f}"
    f.getText('UTF-8')
}

def log = text('build.log')
def upToDate = log.count('Nothing to compile - all classes are up to date.')
assert upToDate == 1 : "the build without a change must compile nothing, the others must compile; saw 'Nothing to compile' ${upToDate} times"

// The edit reached the table, and the catalog follows it.
assert text('target/classes/errorcatalog/own.csv').contains('OWN.0003')
def source = text('target/generated-sources/annotations/com/example/own/OwnErrors.java')
assert source.contains('public static final OwnErrors OWN_0003') : 'the generated source lacks the added code'
assert source.contains('The request body is not valid JSON.') : 'the generated source lacks the changed message'
def bundle = text('target/classes/com/example/own/OwnErrors.properties')
assert bundle.contains('OWN.0003=Too many requests.') : "the bundle lacks the added code:\n${bundle}"
assert bundle.contains('OWN.0001=The request body is not valid JSON.') : "the bundle lacks the changed message:\n${bundle}"
assert !bundle.contains('The request is invalid.')
assert file('target/classes/com/example/own/OwnErrors.class').isFile()
return true
