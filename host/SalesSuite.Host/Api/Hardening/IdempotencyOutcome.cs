using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api.Hardening;

public enum IdempotencyOutcome
{
    /// <summary>The key is new: the caller runs the request and then completes or releases the key.</summary>
    Started,

    /// <summary>The first request with the key has finished; its response is to be replayed.</summary>
    Completed,

    /// <summary>The first request with the key is still running.</summary>
    InProgress,

    /// <summary>The key was used for a different request.</summary>
    Mismatch,
}
