using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Healactively.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Healactively.Bench.RealisticJournals).Assembly).Run(args);
