using Healactively.Web.Features.Accounts;
using Healactively.Web.Features.Demo;
using Healactively.Web.Features.Email;
using Healactively.Web.Features.Operator;
using Healactively.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddHealactivelyLogging();
builder.Services.AddHealactivelyPersistence(builder.Configuration, builder.Environment);
builder.Services.AddHealactivelyIdentity(builder.Environment);
builder.Services.AddHealactivelySecurity(builder.Configuration);
builder.Services.AddHealactivelyScaleOut(builder.Configuration);
builder.Services.AddHealactivelyPages();
builder.Services.AddHealactivelyFeatures(builder.Configuration);

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
