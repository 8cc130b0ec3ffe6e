using System.Globalization;
using Healactively.LoadSeed;

// seed DB_PATH PATIENTS [DAYS]   : migrate with the app's migrations, then bulk-insert users, journals, wins and links
// raw-commits DB_PATH SECONDS    : one-row-per-transaction commit rate in WAL mode (the disk's ceiling for saves)
if (args.Length >= 2 && args[0] == "seed")
{
    var patients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
    var days = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 365;
    await BulkSeeder.RunAsync(args[1], patients, days);
    return 0;
}

if (args.Length >= 2 && args[0] == "raw-commits")
{
    var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    RawCommits.Run(args[1], TimeSpan.FromSeconds(seconds));
    return 0;
}

await Console.Error.WriteLineAsync("usage: seed DB_PATH [PATIENTS] [DAYS] | raw-commits DB_PATH [SECONDS]");
return 2;
