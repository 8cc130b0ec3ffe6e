namespace Healactively.Web.Tests;

// These shadow Xunit's [Fact], [Theory] and FsCheck's [Property] for every test in Healactively.Web.Tests.*
// (a type in an enclosing namespace wins over a using directive), so the PostgreSQL build of the
// same test files skips every test, with the reason, when no PostgreSQL server is configured.

public sealed class FactAttribute : Xunit.FactAttribute
{
    public FactAttribute() => Skip = Infrastructure.TestDatabase.SkipReason;
}

public sealed class TheoryAttribute : Xunit.TheoryAttribute
{
    public TheoryAttribute() => Skip = Infrastructure.TestDatabase.SkipReason;
}

public sealed class PropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    public PropertyAttribute() => Skip = Infrastructure.TestDatabase.SkipReason;
}
