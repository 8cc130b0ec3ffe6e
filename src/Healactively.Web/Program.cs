using Healactively.Web.Email;
using Healactively.Web.Hosting;
using Healactively.Web.Identity;
using Healactively.Web.Operator;
using Healactively.Web.Reminders;
using Healactively.Web.Security;
using Healactively.Web.UserAccounts;

var builder = WebApplication.CreateBuilder(args);
builder.AddHealactivelyLogging();
builder.Services.AddHealactivelyPersistence(builder.Configuration, builder.Environment);
builder.Services.AddHealactivelyIdentity();
builder.Services.AddHealactivelyAccountSecurity();
builder.Services.AddHealactivelyFeatures();
builder.Services.AddHealactivelyEmail(builder.Configuration);
builder.Services.AddHealactivelySecurity(builder.Configuration, builder.Environment);
builder.Services.AddHealactivelyScaleOut();
builder.Services.AddHealactivelyReminders(builder.Configuration);
builder.Services.AddHealactivelyAccounts();

var app = builder.Build();
await app.Services.MigrateDatabaseAsync();
await app.Services.EnsureRolesAsync();

if (OperatorCli.IsOperatorCommand(args))
{
    return await OperatorCli.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
}

await app.Services.SeedDemoDataAsync(app.Environment);
app.Services.ReportEmailTransport();
app.UseHealactivelyPipeline();
await app.RunAsync();
return 0;
