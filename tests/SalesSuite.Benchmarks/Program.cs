using BenchmarkDotNet.Running;

namespace SalesSuite.Benchmarks;

public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args.FirstOrDefault() == "baseline-server")
        {
            await Baseline.BaselineServer.RunAsync(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
