using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Jobs;

public sealed class TenantJobOptions
{
    public const string Section = "Jobs";

    public bool Enabled { get; set; } = true;

    public int PollSeconds { get; set; } = 60;
}
