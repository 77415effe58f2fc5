using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Jobs;

/// <summary>One registered job type; the runner resolves it in a fresh tenant scope per run.</summary>
public sealed record TenantJobRegistration(Type JobType);
