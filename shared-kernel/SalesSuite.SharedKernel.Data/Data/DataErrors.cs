using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.SharedKernel.Data;

/// <summary>Recognises the database errors that concurrent writers cause and that a retry of the whole unit of work resolves.</summary>
public static class DataErrors
{
    /// <summary>A unique violation, a deadlock, a serialization failure or a stale version, however the provider wraps it.</summary>
    public static bool IsConcurrencyClash(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case DbUpdateConcurrencyException:
                case AppException { Code: ErrorCodes.Conflict }:
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure }:
                case SqliteException { SqliteErrorCode: 19 or 5 or 6 }:
                case SqlException { Number: 2601 or 2627 or 1205 }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>A unique violation on the named index or constraint (the audit chain's, say), and nothing else.</summary>
    public static bool IsUniqueViolationOf(Exception exception, string indexNamePart)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres:
                    return postgres.ConstraintName?.Contains(indexNamePart, StringComparison.Ordinal) == true;
                case PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure }:
                    return true;
                case SqliteException { SqliteErrorCode: 19 } sqlite:
                    return sqlite.Message.Contains(indexNamePart, StringComparison.Ordinal);
                case SqlException { Number: 1205 }:
                    return true;
                case SqlException { Number: 2601 or 2627 } sqlServer:
                    return sqlServer.Message.Contains(indexNamePart, StringComparison.Ordinal);
            }
        }

        return false;
    }
}
