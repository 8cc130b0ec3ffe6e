using Healactively.Web.Data;
#if POSTGRES_TESTS
using Healactively.Web.Features.Accounts;
using Healactively.Web.Features.Operator;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Backups;

/// <summary>On PostgreSQL the app takes no backups itself: the page and the CLI point to pg_dump and change nothing.</summary>
public sealed class PostgresBackupTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task The_backup_page_and_command_point_to_pg_dump()
    {
        var (admin, _, _) = await Accounts.SignInStaffAsync(factory, Roles.Admin, "Ops");

        var page = await HtmlPage.GetOkAsync(admin, "/Admin/Backup");
        Assert.Contains("pg_dump", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Find("#backup-form"));

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await OperatorCli.RunAsync(factory.Services, ["backup"], TextReader.Null, output, error);
        Assert.Equal(5, code);
        Assert.Contains("pg_dump", error.ToString() + output.ToString(), StringComparison.Ordinal);
    }
}
#endif
