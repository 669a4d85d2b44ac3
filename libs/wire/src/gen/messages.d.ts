import * as $protobuf from "protobufjs/minimal.js";
import Long from "long";

/** Namespace cassia. */
export namespace cassia {

    /** Namespace admin. */
    namespace admin {

        /**
         * Properties of an AdminRequest.
         * @deprecated Use cassia.admin.AdminRequest.$Properties instead.
         */
        interface IAdminRequest extends cassia.admin.AdminRequest.$Properties {
        }

        /** Represents an AdminRequest. */
        class AdminRequest {

            /**
             * Constructs a new AdminRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.AdminRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdminRequest stats. */
            stats?: (cassia.admin.StatsRequest.$Properties|null);

            /** AdminRequest flush. */
            flush?: (cassia.admin.FlushRequest.$Properties|null);

            /** AdminRequest compact. */
            compact?: (cassia.admin.CompactRequest.$Properties|null);

            /** AdminRequest gossipInfo. */
            gossipInfo?: (cassia.admin.GossipInfoRequest.$Properties|null);

            /** AdminRequest op. */
            op?: ("stats"|"flush"|"compact"|"gossipInfo");

            /**
             * Encodes the specified AdminRequest message. Does not implicitly {@link cassia.admin.AdminRequest.verify|verify} messages.
             * @param message AdminRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.AdminRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdminRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.AdminRequest & cassia.admin.AdminRequest.$Shape} AdminRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.AdminRequest & cassia.admin.AdminRequest.$Shape;
        }

        namespace AdminRequest {

            /** Properties of an AdminRequest. */
            interface $Properties {

                /** AdminRequest stats */
                stats?: (cassia.admin.StatsRequest.$Properties|null);

                /** AdminRequest flush */
                flush?: (cassia.admin.FlushRequest.$Properties|null);

                /** AdminRequest compact */
                compact?: (cassia.admin.CompactRequest.$Properties|null);

                /** AdminRequest gossipInfo */
                gossipInfo?: (cassia.admin.GossipInfoRequest.$Properties|null);

                /** AdminRequest op */
                op?: ("stats"|"flush"|"compact"|"gossipInfo");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AdminRequest. */
            type $Shape = {
              stats?: cassia.admin.StatsRequest.$Shape|null;
              flush?: cassia.admin.FlushRequest.$Shape|null;
              compact?: cassia.admin.CompactRequest.$Shape|null;
              gossipInfo?: cassia.admin.GossipInfoRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; stats?: null; flush?: null; compact?: null; gossipInfo?: null }|{ op?: "stats"; stats: cassia.admin.StatsRequest.$Shape; flush?: null; compact?: null; gossipInfo?: null }|{ op?: "flush"; stats?: null; flush: cassia.admin.FlushRequest.$Shape; compact?: null; gossipInfo?: null }|{ op?: "compact"; stats?: null; flush?: null; compact: cassia.admin.CompactRequest.$Shape; gossipInfo?: null }|{ op?: "gossipInfo"; stats?: null; flush?: null; compact?: null; gossipInfo: cassia.admin.GossipInfoRequest.$Shape })
            );
        }

        /**
         * Properties of a StatsRequest.
         * @deprecated Use cassia.admin.StatsRequest.$Properties instead.
         */
        interface IStatsRequest extends cassia.admin.StatsRequest.$Properties {
        }

        /** Represents a StatsRequest. */
        class StatsRequest {

            /**
             * Constructs a new StatsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.StatsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified StatsRequest message. Does not implicitly {@link cassia.admin.StatsRequest.verify|verify} messages.
             * @param message StatsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.StatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.StatsRequest & cassia.admin.StatsRequest.$Shape} StatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.StatsRequest & cassia.admin.StatsRequest.$Shape;
        }

        namespace StatsRequest {

            /** Properties of a StatsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatsRequest. */
            type $Shape = cassia.admin.StatsRequest.$Properties;
        }

        /**
         * Properties of a FlushRequest.
         * @deprecated Use cassia.admin.FlushRequest.$Properties instead.
         */
        interface IFlushRequest extends cassia.admin.FlushRequest.$Properties {
        }

        /** Represents a FlushRequest. */
        class FlushRequest {

            /**
             * Constructs a new FlushRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.FlushRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FlushRequest tableIds. */
            tableIds: string[];

            /**
             * Encodes the specified FlushRequest message. Does not implicitly {@link cassia.admin.FlushRequest.verify|verify} messages.
             * @param message FlushRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.FlushRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlushRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.FlushRequest & cassia.admin.FlushRequest.$Shape} FlushRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.FlushRequest & cassia.admin.FlushRequest.$Shape;
        }

        namespace FlushRequest {

            /** Properties of a FlushRequest. */
            interface $Properties {

                /** FlushRequest tableIds */
                tableIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlushRequest. */
            type $Shape = cassia.admin.FlushRequest.$Properties;
        }

        /**
         * Properties of a CompactRequest.
         * @deprecated Use cassia.admin.CompactRequest.$Properties instead.
         */
        interface ICompactRequest extends cassia.admin.CompactRequest.$Properties {
        }

        /** Represents a CompactRequest. */
        class CompactRequest {

            /**
             * Constructs a new CompactRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.CompactRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompactRequest tableIds. */
            tableIds: string[];

            /**
             * Encodes the specified CompactRequest message. Does not implicitly {@link cassia.admin.CompactRequest.verify|verify} messages.
             * @param message CompactRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.CompactRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompactRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.CompactRequest & cassia.admin.CompactRequest.$Shape} CompactRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.CompactRequest & cassia.admin.CompactRequest.$Shape;
        }

        namespace CompactRequest {

            /** Properties of a CompactRequest. */
            interface $Properties {

                /** CompactRequest tableIds */
                tableIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompactRequest. */
            type $Shape = cassia.admin.CompactRequest.$Properties;
        }

        /**
         * Properties of a GossipInfoRequest.
         * @deprecated Use cassia.admin.GossipInfoRequest.$Properties instead.
         */
        interface IGossipInfoRequest extends cassia.admin.GossipInfoRequest.$Properties {
        }

        /** Represents a GossipInfoRequest. */
        class GossipInfoRequest {

            /**
             * Constructs a new GossipInfoRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.GossipInfoRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified GossipInfoRequest message. Does not implicitly {@link cassia.admin.GossipInfoRequest.verify|verify} messages.
             * @param message GossipInfoRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.GossipInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GossipInfoRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.GossipInfoRequest & cassia.admin.GossipInfoRequest.$Shape} GossipInfoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.GossipInfoRequest & cassia.admin.GossipInfoRequest.$Shape;
        }

        namespace GossipInfoRequest {

            /** Properties of a GossipInfoRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GossipInfoRequest. */
            type $Shape = cassia.admin.GossipInfoRequest.$Properties;
        }

        /**
         * Properties of an AdminError.
         * @deprecated Use cassia.admin.AdminError.$Properties instead.
         */
        interface IAdminError extends cassia.admin.AdminError.$Properties {
        }

        /** Represents an AdminError. */
        class AdminError {

            /**
             * Constructs a new AdminError.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.AdminError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdminError code. */
            code: string;

            /** AdminError message. */
            message: string;

            /**
             * Encodes the specified AdminError message. Does not implicitly {@link cassia.admin.AdminError.verify|verify} messages.
             * @param message AdminError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.AdminError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdminError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.AdminError & cassia.admin.AdminError.$Shape} AdminError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.AdminError & cassia.admin.AdminError.$Shape;
        }

        namespace AdminError {

            /** Properties of an AdminError. */
            interface $Properties {

                /** AdminError code */
                code?: (string|null);

                /** AdminError message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AdminError. */
            type $Shape = cassia.admin.AdminError.$Properties;
        }

        /**
         * Properties of a SSTableLevel.
         * @deprecated Use cassia.admin.SSTableLevel.$Properties instead.
         */
        interface ISSTableLevel extends cassia.admin.SSTableLevel.$Properties {
        }

        /** Represents a SSTableLevel. */
        class SSTableLevel {

            /**
             * Constructs a new SSTableLevel.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.SSTableLevel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SSTableLevel level. */
            level: number;

            /** SSTableLevel count. */
            count: number;

            /** SSTableLevel bytes. */
            bytes: Long;

            /**
             * Encodes the specified SSTableLevel message. Does not implicitly {@link cassia.admin.SSTableLevel.verify|verify} messages.
             * @param message SSTableLevel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.SSTableLevel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SSTableLevel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.SSTableLevel & cassia.admin.SSTableLevel.$Shape} SSTableLevel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.SSTableLevel & cassia.admin.SSTableLevel.$Shape;
        }

        namespace SSTableLevel {

            /** Properties of a SSTableLevel. */
            interface $Properties {

                /** SSTableLevel level */
                level?: (number|null);

                /** SSTableLevel count */
                count?: (number|null);

                /** SSTableLevel bytes */
                bytes?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SSTableLevel. */
            type $Shape = cassia.admin.SSTableLevel.$Properties;
        }

        /**
         * Properties of a TableStats.
         * @deprecated Use cassia.admin.TableStats.$Properties instead.
         */
        interface ITableStats extends cassia.admin.TableStats.$Properties {
        }

        /** Represents a TableStats. */
        class TableStats {

            /**
             * Constructs a new TableStats.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.TableStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TableStats tableId. */
            tableId: string;

            /** TableStats levels. */
            levels: cassia.admin.SSTableLevel.$Properties[];

            /** TableStats reads. */
            reads: Long;

            /** TableStats writes. */
            writes: Long;

            /**
             * Encodes the specified TableStats message. Does not implicitly {@link cassia.admin.TableStats.verify|verify} messages.
             * @param message TableStats message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.TableStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TableStats message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.TableStats & cassia.admin.TableStats.$Shape} TableStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.TableStats & cassia.admin.TableStats.$Shape;
        }

        namespace TableStats {

            /** Properties of a TableStats. */
            interface $Properties {

                /** TableStats tableId */
                tableId?: (string|null);

                /** TableStats levels */
                levels?: (cassia.admin.SSTableLevel.$Properties[]|null);

                /** TableStats reads */
                reads?: (Long|null);

                /** TableStats writes */
                writes?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TableStats. */
            type $Shape = cassia.admin.TableStats.$Properties;
        }

        /**
         * Properties of a RunningCompaction.
         * @deprecated Use cassia.admin.RunningCompaction.$Properties instead.
         */
        interface IRunningCompaction extends cassia.admin.RunningCompaction.$Properties {
        }

        /** Represents a RunningCompaction. */
        class RunningCompaction {

            /**
             * Constructs a new RunningCompaction.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.RunningCompaction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunningCompaction tableId. */
            tableId: string;

            /** RunningCompaction startedAtMs. */
            startedAtMs: Long;

            /**
             * Encodes the specified RunningCompaction message. Does not implicitly {@link cassia.admin.RunningCompaction.verify|verify} messages.
             * @param message RunningCompaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.RunningCompaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunningCompaction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.RunningCompaction & cassia.admin.RunningCompaction.$Shape} RunningCompaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.RunningCompaction & cassia.admin.RunningCompaction.$Shape;
        }

        namespace RunningCompaction {

            /** Properties of a RunningCompaction. */
            interface $Properties {

                /** RunningCompaction tableId */
                tableId?: (string|null);

                /** RunningCompaction startedAtMs */
                startedAtMs?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunningCompaction. */
            type $Shape = cassia.admin.RunningCompaction.$Properties;
        }

        /**
         * Properties of a CompactionInfo.
         * @deprecated Use cassia.admin.CompactionInfo.$Properties instead.
         */
        interface ICompactionInfo extends cassia.admin.CompactionInfo.$Properties {
        }

        /** Represents a CompactionInfo. */
        class CompactionInfo {

            /**
             * Constructs a new CompactionInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.CompactionInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompactionInfo completed. */
            completed: Long;

            /** CompactionInfo running. */
            running: number;

            /** CompactionInfo pending. */
            pending: number;

            /** CompactionInfo bytesRead. */
            bytesRead: Long;

            /** CompactionInfo bytesWritten. */
            bytesWritten: Long;

            /** CompactionInfo tombstonesPurged. */
            tombstonesPurged: Long;

            /** CompactionInfo major. */
            major: cassia.admin.RunningCompaction.$Properties[];

            /**
             * Encodes the specified CompactionInfo message. Does not implicitly {@link cassia.admin.CompactionInfo.verify|verify} messages.
             * @param message CompactionInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.CompactionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompactionInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.CompactionInfo & cassia.admin.CompactionInfo.$Shape} CompactionInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.CompactionInfo & cassia.admin.CompactionInfo.$Shape;
        }

        namespace CompactionInfo {

            /** Properties of a CompactionInfo. */
            interface $Properties {

                /** CompactionInfo completed */
                completed?: (Long|null);

                /** CompactionInfo running */
                running?: (number|null);

                /** CompactionInfo pending */
                pending?: (number|null);

                /** CompactionInfo bytesRead */
                bytesRead?: (Long|null);

                /** CompactionInfo bytesWritten */
                bytesWritten?: (Long|null);

                /** CompactionInfo tombstonesPurged */
                tombstonesPurged?: (Long|null);

                /** CompactionInfo major */
                major?: (cassia.admin.RunningCompaction.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompactionInfo. */
            type $Shape = cassia.admin.CompactionInfo.$Properties;
        }

        /**
         * Properties of a NodeStats.
         * @deprecated Use cassia.admin.NodeStats.$Properties instead.
         */
        interface INodeStats extends cassia.admin.NodeStats.$Properties {
        }

        /** Represents a NodeStats. */
        class NodeStats {

            /**
             * Constructs a new NodeStats.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.NodeStats.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeStats hostId. */
            hostId: string;

            /** NodeStats name. */
            name: string;

            /** NodeStats dc. */
            dc: string;

            /** NodeStats rack. */
            rack: string;

            /** NodeStats tokens. */
            tokens: Long[];

            /** NodeStats generation. */
            generation: Long;

            /** NodeStats uptimeMs. */
            uptimeMs: Long;

            /** NodeStats loadBytes. */
            loadBytes: Long;

            /** NodeStats metadataEpoch. */
            metadataEpoch: Long;

            /** NodeStats address. */
            address: string;

            /** NodeStats metricsPort. */
            metricsPort: number;

            /** NodeStats gossipActive. */
            gossipActive: boolean;

            /** NodeStats heapUsedBytes. */
            heapUsedBytes: Long;

            /** NodeStats heapTotalBytes. */
            heapTotalBytes: Long;

            /** NodeStats rssBytes. */
            rssBytes: Long;

            /** NodeStats memtableBytes. */
            memtableBytes: Long;

            /** NodeStats memtablePartitions. */
            memtablePartitions: Long;

            /** NodeStats memtablesFlushing. */
            memtablesFlushing: number;

            /** NodeStats flushes. */
            flushes: Long;

            /** NodeStats storageReads. */
            storageReads: Long;

            /** NodeStats sstablesTouched. */
            sstablesTouched: Long;

            /** NodeStats bloomChecks. */
            bloomChecks: Long;

            /** NodeStats bloomNegatives. */
            bloomNegatives: Long;

            /** NodeStats bloomFalsePositives. */
            bloomFalsePositives: Long;

            /** NodeStats quarantinedSstables. */
            quarantinedSstables: number;

            /** NodeStats tables. */
            tables: cassia.admin.TableStats.$Properties[];

            /** NodeStats compaction. */
            compaction?: (cassia.admin.CompactionInfo.$Properties|null);

            /** NodeStats storageFailure. */
            storageFailure: string;

            /** NodeStats commitlogSegments. */
            commitlogSegments: Long;

            /**
             * Encodes the specified NodeStats message. Does not implicitly {@link cassia.admin.NodeStats.verify|verify} messages.
             * @param message NodeStats message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.NodeStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeStats message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.NodeStats & cassia.admin.NodeStats.$Shape} NodeStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.NodeStats & cassia.admin.NodeStats.$Shape;
        }

        namespace NodeStats {

            /** Properties of a NodeStats. */
            interface $Properties {

                /** NodeStats hostId */
                hostId?: (string|null);

                /** NodeStats name */
                name?: (string|null);

                /** NodeStats dc */
                dc?: (string|null);

                /** NodeStats rack */
                rack?: (string|null);

                /** NodeStats tokens */
                tokens?: (Long[]|null);

                /** NodeStats generation */
                generation?: (Long|null);

                /** NodeStats uptimeMs */
                uptimeMs?: (Long|null);

                /** NodeStats loadBytes */
                loadBytes?: (Long|null);

                /** NodeStats metadataEpoch */
                metadataEpoch?: (Long|null);

                /** NodeStats address */
                address?: (string|null);

                /** NodeStats metricsPort */
                metricsPort?: (number|null);

                /** NodeStats gossipActive */
                gossipActive?: (boolean|null);

                /** NodeStats heapUsedBytes */
                heapUsedBytes?: (Long|null);

                /** NodeStats heapTotalBytes */
                heapTotalBytes?: (Long|null);

                /** NodeStats rssBytes */
                rssBytes?: (Long|null);

                /** NodeStats memtableBytes */
                memtableBytes?: (Long|null);

                /** NodeStats memtablePartitions */
                memtablePartitions?: (Long|null);

                /** NodeStats memtablesFlushing */
                memtablesFlushing?: (number|null);

                /** NodeStats flushes */
                flushes?: (Long|null);

                /** NodeStats storageReads */
                storageReads?: (Long|null);

                /** NodeStats sstablesTouched */
                sstablesTouched?: (Long|null);

                /** NodeStats bloomChecks */
                bloomChecks?: (Long|null);

                /** NodeStats bloomNegatives */
                bloomNegatives?: (Long|null);

                /** NodeStats bloomFalsePositives */
                bloomFalsePositives?: (Long|null);

                /** NodeStats quarantinedSstables */
                quarantinedSstables?: (number|null);

                /** NodeStats tables */
                tables?: (cassia.admin.TableStats.$Properties[]|null);

                /** NodeStats compaction */
                compaction?: (cassia.admin.CompactionInfo.$Properties|null);

                /** NodeStats storageFailure */
                storageFailure?: (string|null);

                /** NodeStats commitlogSegments */
                commitlogSegments?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeStats. */
            type $Shape = cassia.admin.NodeStats.$Properties;
        }

        /**
         * Properties of a FlushResult.
         * @deprecated Use cassia.admin.FlushResult.$Properties instead.
         */
        interface IFlushResult extends cassia.admin.FlushResult.$Properties {
        }

        /** Represents a FlushResult. */
        class FlushResult {

            /**
             * Constructs a new FlushResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.FlushResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FlushResult tableIds. */
            tableIds: string[];

            /** FlushResult durationMs. */
            durationMs: Long;

            /**
             * Encodes the specified FlushResult message. Does not implicitly {@link cassia.admin.FlushResult.verify|verify} messages.
             * @param message FlushResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.FlushResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FlushResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.FlushResult & cassia.admin.FlushResult.$Shape} FlushResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.FlushResult & cassia.admin.FlushResult.$Shape;
        }

        namespace FlushResult {

            /** Properties of a FlushResult. */
            interface $Properties {

                /** FlushResult tableIds */
                tableIds?: (string[]|null);

                /** FlushResult durationMs */
                durationMs?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FlushResult. */
            type $Shape = cassia.admin.FlushResult.$Properties;
        }

        /**
         * Properties of a CompactResult.
         * @deprecated Use cassia.admin.CompactResult.$Properties instead.
         */
        interface ICompactResult extends cassia.admin.CompactResult.$Properties {
        }

        /** Represents a CompactResult. */
        class CompactResult {

            /**
             * Constructs a new CompactResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.CompactResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CompactResult tableIds. */
            tableIds: string[];

            /** CompactResult durationMs. */
            durationMs: Long;

            /**
             * Encodes the specified CompactResult message. Does not implicitly {@link cassia.admin.CompactResult.verify|verify} messages.
             * @param message CompactResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.CompactResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CompactResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.CompactResult & cassia.admin.CompactResult.$Shape} CompactResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.CompactResult & cassia.admin.CompactResult.$Shape;
        }

        namespace CompactResult {

            /** Properties of a CompactResult. */
            interface $Properties {

                /** CompactResult tableIds */
                tableIds?: (string[]|null);

                /** CompactResult durationMs */
                durationMs?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CompactResult. */
            type $Shape = cassia.admin.CompactResult.$Properties;
        }

        /**
         * Properties of a GossipApplicationState.
         * @deprecated Use cassia.admin.GossipApplicationState.$Properties instead.
         */
        interface IGossipApplicationState extends cassia.admin.GossipApplicationState.$Properties {
        }

        /** Represents a GossipApplicationState. */
        class GossipApplicationState {

            /**
             * Constructs a new GossipApplicationState.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.GossipApplicationState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GossipApplicationState key. */
            key: string;

            /** GossipApplicationState value. */
            value: string;

            /** GossipApplicationState version. */
            version: Long;

            /**
             * Encodes the specified GossipApplicationState message. Does not implicitly {@link cassia.admin.GossipApplicationState.verify|verify} messages.
             * @param message GossipApplicationState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.GossipApplicationState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GossipApplicationState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.GossipApplicationState & cassia.admin.GossipApplicationState.$Shape} GossipApplicationState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.GossipApplicationState & cassia.admin.GossipApplicationState.$Shape;
        }

        namespace GossipApplicationState {

            /** Properties of a GossipApplicationState. */
            interface $Properties {

                /** GossipApplicationState key */
                key?: (string|null);

                /** GossipApplicationState value */
                value?: (string|null);

                /** GossipApplicationState version */
                version?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GossipApplicationState. */
            type $Shape = cassia.admin.GossipApplicationState.$Properties;
        }

        /**
         * Properties of a GossipEndpoint.
         * @deprecated Use cassia.admin.GossipEndpoint.$Properties instead.
         */
        interface IGossipEndpoint extends cassia.admin.GossipEndpoint.$Properties {
        }

        /** Represents a GossipEndpoint. */
        class GossipEndpoint {

            /**
             * Constructs a new GossipEndpoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.GossipEndpoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GossipEndpoint endpoint. */
            endpoint: string;

            /** GossipEndpoint generation. */
            generation: Long;

            /** GossipEndpoint heartbeat. */
            heartbeat: Long;

            /** GossipEndpoint maxVersion. */
            maxVersion: Long;

            /** GossipEndpoint alive. */
            alive: boolean;

            /** GossipEndpoint phi. */
            phi: number;

            /** GossipEndpoint states. */
            states: cassia.admin.GossipApplicationState.$Properties[];

            /**
             * Encodes the specified GossipEndpoint message. Does not implicitly {@link cassia.admin.GossipEndpoint.verify|verify} messages.
             * @param message GossipEndpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.GossipEndpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GossipEndpoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.GossipEndpoint & cassia.admin.GossipEndpoint.$Shape} GossipEndpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.GossipEndpoint & cassia.admin.GossipEndpoint.$Shape;
        }

        namespace GossipEndpoint {

            /** Properties of a GossipEndpoint. */
            interface $Properties {

                /** GossipEndpoint endpoint */
                endpoint?: (string|null);

                /** GossipEndpoint generation */
                generation?: (Long|null);

                /** GossipEndpoint heartbeat */
                heartbeat?: (Long|null);

                /** GossipEndpoint maxVersion */
                maxVersion?: (Long|null);

                /** GossipEndpoint alive */
                alive?: (boolean|null);

                /** GossipEndpoint phi */
                phi?: (number|null);

                /** GossipEndpoint states */
                states?: (cassia.admin.GossipApplicationState.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GossipEndpoint. */
            type $Shape = cassia.admin.GossipEndpoint.$Properties;
        }

        /**
         * Properties of a GossipInfo.
         * @deprecated Use cassia.admin.GossipInfo.$Properties instead.
         */
        interface IGossipInfo extends cassia.admin.GossipInfo.$Properties {
        }

        /** Represents a GossipInfo. */
        class GossipInfo {

            /**
             * Constructs a new GossipInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.GossipInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GossipInfo observer. */
            observer: string;

            /** GossipInfo endpoints. */
            endpoints: cassia.admin.GossipEndpoint.$Properties[];

            /**
             * Encodes the specified GossipInfo message. Does not implicitly {@link cassia.admin.GossipInfo.verify|verify} messages.
             * @param message GossipInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.GossipInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GossipInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.GossipInfo & cassia.admin.GossipInfo.$Shape} GossipInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.GossipInfo & cassia.admin.GossipInfo.$Shape;
        }

        namespace GossipInfo {

            /** Properties of a GossipInfo. */
            interface $Properties {

                /** GossipInfo observer */
                observer?: (string|null);

                /** GossipInfo endpoints */
                endpoints?: (cassia.admin.GossipEndpoint.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GossipInfo. */
            type $Shape = cassia.admin.GossipInfo.$Properties;
        }

        /**
         * Properties of an AdminResponse.
         * @deprecated Use cassia.admin.AdminResponse.$Properties instead.
         */
        interface IAdminResponse extends cassia.admin.AdminResponse.$Properties {
        }

        /** Represents an AdminResponse. */
        class AdminResponse {

            /**
             * Constructs a new AdminResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.admin.AdminResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdminResponse error. */
            error?: (cassia.admin.AdminError.$Properties|null);

            /** AdminResponse stats. */
            stats?: (cassia.admin.NodeStats.$Properties|null);

            /** AdminResponse flush. */
            flush?: (cassia.admin.FlushResult.$Properties|null);

            /** AdminResponse compact. */
            compact?: (cassia.admin.CompactResult.$Properties|null);

            /** AdminResponse gossipInfo. */
            gossipInfo?: (cassia.admin.GossipInfo.$Properties|null);

            /** AdminResponse result. */
            result?: ("stats"|"flush"|"compact"|"gossipInfo");

            /**
             * Encodes the specified AdminResponse message. Does not implicitly {@link cassia.admin.AdminResponse.verify|verify} messages.
             * @param message AdminResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.admin.AdminResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdminResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.admin.AdminResponse & cassia.admin.AdminResponse.$Shape} AdminResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.admin.AdminResponse & cassia.admin.AdminResponse.$Shape;
        }

        namespace AdminResponse {

            /** Properties of an AdminResponse. */
            interface $Properties {

                /** AdminResponse error */
                error?: (cassia.admin.AdminError.$Properties|null);

                /** AdminResponse stats */
                stats?: (cassia.admin.NodeStats.$Properties|null);

                /** AdminResponse flush */
                flush?: (cassia.admin.FlushResult.$Properties|null);

                /** AdminResponse compact */
                compact?: (cassia.admin.CompactResult.$Properties|null);

                /** AdminResponse gossipInfo */
                gossipInfo?: (cassia.admin.GossipInfo.$Properties|null);

                /** AdminResponse result */
                result?: ("stats"|"flush"|"compact"|"gossipInfo");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AdminResponse. */
            type $Shape = {
              error?: cassia.admin.AdminError.$Shape|null;
              stats?: cassia.admin.NodeStats.$Shape|null;
              flush?: cassia.admin.FlushResult.$Shape|null;
              compact?: cassia.admin.CompactResult.$Shape|null;
              gossipInfo?: cassia.admin.GossipInfo.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; stats?: null; flush?: null; compact?: null; gossipInfo?: null }|{ result?: "stats"; stats: cassia.admin.NodeStats.$Shape; flush?: null; compact?: null; gossipInfo?: null }|{ result?: "flush"; stats?: null; flush: cassia.admin.FlushResult.$Shape; compact?: null; gossipInfo?: null }|{ result?: "compact"; stats?: null; flush?: null; compact: cassia.admin.CompactResult.$Shape; gossipInfo?: null }|{ result?: "gossipInfo"; stats?: null; flush?: null; compact?: null; gossipInfo: cassia.admin.GossipInfo.$Shape })
            );
        }
    }

    /** Namespace cluster. */
    namespace cluster {

        /**
         * Properties of a Column.
         * @deprecated Use cassia.cluster.Column.$Properties instead.
         */
        interface IColumn extends cassia.cluster.Column.$Properties {
        }

        /** Represents a Column. */
        class Column {

            /**
             * Constructs a new Column.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.cluster.Column.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Column name. */
            name: string;

            /** Column type. */
            type: string;

            /** Column kind. */
            kind: string;

            /**
             * Encodes the specified Column message. Does not implicitly {@link cassia.cluster.Column.verify|verify} messages.
             * @param message Column message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.cluster.Column.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Column message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.cluster.Column & cassia.cluster.Column.$Shape} Column
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.cluster.Column & cassia.cluster.Column.$Shape;
        }

        namespace Column {

            /** Properties of a Column. */
            interface $Properties {

                /** Column name */
                name?: (string|null);

                /** Column type */
                type?: (string|null);

                /** Column kind */
                kind?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Column. */
            type $Shape = cassia.cluster.Column.$Properties;
        }

        /**
         * Properties of a Table.
         * @deprecated Use cassia.cluster.Table.$Properties instead.
         */
        interface ITable extends cassia.cluster.Table.$Properties {
        }

        /** Represents a Table. */
        class Table {

            /**
             * Constructs a new Table.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.cluster.Table.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Table id. */
            id: string;

            /** Table name. */
            name: string;

            /** Table columns. */
            columns: cassia.cluster.Column.$Properties[];

            /** Table partitionKey. */
            partitionKey: string[];

            /** Table clustering. */
            clustering: string[];

            /** Table clusteringOrder. */
            clusteringOrder: string[];

            /** Table optionsJson. */
            optionsJson: string;

            /**
             * Encodes the specified Table message. Does not implicitly {@link cassia.cluster.Table.verify|verify} messages.
             * @param message Table message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.cluster.Table.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Table message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.cluster.Table & cassia.cluster.Table.$Shape} Table
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.cluster.Table & cassia.cluster.Table.$Shape;
        }

        namespace Table {

            /** Properties of a Table. */
            interface $Properties {

                /** Table id */
                id?: (string|null);

                /** Table name */
                name?: (string|null);

                /** Table columns */
                columns?: (cassia.cluster.Column.$Properties[]|null);

                /** Table partitionKey */
                partitionKey?: (string[]|null);

                /** Table clustering */
                clustering?: (string[]|null);

                /** Table clusteringOrder */
                clusteringOrder?: (string[]|null);

                /** Table optionsJson */
                optionsJson?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Table. */
            type $Shape = cassia.cluster.Table.$Properties;
        }

        /**
         * Properties of a Keyspace.
         * @deprecated Use cassia.cluster.Keyspace.$Properties instead.
         */
        interface IKeyspace extends cassia.cluster.Keyspace.$Properties {
        }

        /** Represents a Keyspace. */
        class Keyspace {

            /**
             * Constructs a new Keyspace.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.cluster.Keyspace.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Keyspace name. */
            name: string;

            /** Keyspace replication. */
            replication: { [k: string]: string };

            /** Keyspace durableWrites. */
            durableWrites: boolean;

            /** Keyspace tables. */
            tables: { [k: string]: cassia.cluster.Table.$Properties };

            /**
             * Encodes the specified Keyspace message. Does not implicitly {@link cassia.cluster.Keyspace.verify|verify} messages.
             * @param message Keyspace message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.cluster.Keyspace.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Keyspace message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.cluster.Keyspace & cassia.cluster.Keyspace.$Shape} Keyspace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.cluster.Keyspace & cassia.cluster.Keyspace.$Shape;
        }

        namespace Keyspace {

            /** Properties of a Keyspace. */
            interface $Properties {

                /** Keyspace name */
                name?: (string|null);

                /** Keyspace replication */
                replication?: ({ [k: string]: string }|null);

                /** Keyspace durableWrites */
                durableWrites?: (boolean|null);

                /** Keyspace tables */
                tables?: ({ [k: string]: cassia.cluster.Table.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Keyspace. */
            type $Shape = cassia.cluster.Keyspace.$Properties;
        }

        /**
         * Properties of a Member.
         * @deprecated Use cassia.cluster.Member.$Properties instead.
         */
        interface IMember extends cassia.cluster.Member.$Properties {
        }

        /** Represents a Member. */
        class Member {

            /**
             * Constructs a new Member.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.cluster.Member.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Member hostId. */
            hostId: string;

            /** Member name. */
            name: string;

            /** Member dc. */
            dc: string;

            /** Member rack. */
            rack: string;

            /** Member tokens. */
            tokens: Long[];

            /** Member status. */
            status: string;

            /**
             * Encodes the specified Member message. Does not implicitly {@link cassia.cluster.Member.verify|verify} messages.
             * @param message Member message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.cluster.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Member message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.cluster.Member & cassia.cluster.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.cluster.Member & cassia.cluster.Member.$Shape;
        }

        namespace Member {

            /** Properties of a Member. */
            interface $Properties {

                /** Member hostId */
                hostId?: (string|null);

                /** Member name */
                name?: (string|null);

                /** Member dc */
                dc?: (string|null);

                /** Member rack */
                rack?: (string|null);

                /** Member tokens */
                tokens?: (Long[]|null);

                /** Member status */
                status?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Member. */
            type $Shape = cassia.cluster.Member.$Properties;
        }

        /**
         * Properties of a ClusterMetadata.
         * @deprecated Use cassia.cluster.ClusterMetadata.$Properties instead.
         */
        interface IClusterMetadata extends cassia.cluster.ClusterMetadata.$Properties {
        }

        /** Represents a ClusterMetadata. */
        class ClusterMetadata {

            /**
             * Constructs a new ClusterMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.cluster.ClusterMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClusterMetadata formatVersion. */
            formatVersion: number;

            /** ClusterMetadata keyspaces. */
            keyspaces: { [k: string]: cassia.cluster.Keyspace.$Properties };

            /** ClusterMetadata members. */
            members: { [k: string]: cassia.cluster.Member.$Properties };

            /**
             * Encodes the specified ClusterMetadata message. Does not implicitly {@link cassia.cluster.ClusterMetadata.verify|verify} messages.
             * @param message ClusterMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.cluster.ClusterMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClusterMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.cluster.ClusterMetadata & cassia.cluster.ClusterMetadata.$Shape} ClusterMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.cluster.ClusterMetadata & cassia.cluster.ClusterMetadata.$Shape;
        }

        namespace ClusterMetadata {

            /** Properties of a ClusterMetadata. */
            interface $Properties {

                /** ClusterMetadata formatVersion */
                formatVersion?: (number|null);

                /** ClusterMetadata keyspaces */
                keyspaces?: ({ [k: string]: cassia.cluster.Keyspace.$Properties }|null);

                /** ClusterMetadata members */
                members?: ({ [k: string]: cassia.cluster.Member.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClusterMetadata. */
            type $Shape = cassia.cluster.ClusterMetadata.$Properties;
        }
    }

    /** Namespace gossip. */
    namespace gossip {

        /**
         * Properties of a Digest.
         * @deprecated Use cassia.gossip.Digest.$Properties instead.
         */
        interface IDigest extends cassia.gossip.Digest.$Properties {
        }

        /** Represents a Digest. */
        class Digest {

            /**
             * Constructs a new Digest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.gossip.Digest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Digest endpoint. */
            endpoint: string;

            /** Digest generation. */
            generation: Long;

            /** Digest maxVersion. */
            maxVersion: Long;

            /**
             * Encodes the specified Digest message. Does not implicitly {@link cassia.gossip.Digest.verify|verify} messages.
             * @param message Digest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.gossip.Digest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Digest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.gossip.Digest & cassia.gossip.Digest.$Shape} Digest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.gossip.Digest & cassia.gossip.Digest.$Shape;
        }

        namespace Digest {

            /** Properties of a Digest. */
            interface $Properties {

                /** Digest endpoint */
                endpoint?: (string|null);

                /** Digest generation */
                generation?: (Long|null);

                /** Digest maxVersion */
                maxVersion?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Digest. */
            type $Shape = cassia.gossip.Digest.$Properties;
        }

        /**
         * Properties of an ApplicationState.
         * @deprecated Use cassia.gossip.ApplicationState.$Properties instead.
         */
        interface IApplicationState extends cassia.gossip.ApplicationState.$Properties {
        }

        /** Represents an ApplicationState. */
        class ApplicationState {

            /**
             * Constructs a new ApplicationState.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.gossip.ApplicationState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ApplicationState key. */
            key: string;

            /** ApplicationState value. */
            value: string;

            /** ApplicationState version. */
            version: Long;

            /**
             * Encodes the specified ApplicationState message. Does not implicitly {@link cassia.gossip.ApplicationState.verify|verify} messages.
             * @param message ApplicationState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.gossip.ApplicationState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ApplicationState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.gossip.ApplicationState & cassia.gossip.ApplicationState.$Shape} ApplicationState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.gossip.ApplicationState & cassia.gossip.ApplicationState.$Shape;
        }

        namespace ApplicationState {

            /** Properties of an ApplicationState. */
            interface $Properties {

                /** ApplicationState key */
                key?: (string|null);

                /** ApplicationState value */
                value?: (string|null);

                /** ApplicationState version */
                version?: (Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ApplicationState. */
            type $Shape = cassia.gossip.ApplicationState.$Properties;
        }

        /**
         * Properties of an EndpointState.
         * @deprecated Use cassia.gossip.EndpointState.$Properties instead.
         */
        interface IEndpointState extends cassia.gossip.EndpointState.$Properties {
        }

        /** Represents an EndpointState. */
        class EndpointState {

            /**
             * Constructs a new EndpointState.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.gossip.EndpointState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EndpointState endpoint. */
            endpoint: string;

            /** EndpointState generation. */
            generation: Long;

            /** EndpointState heartbeatVersion. */
            heartbeatVersion: Long;

            /** EndpointState applicationStates. */
            applicationStates: cassia.gossip.ApplicationState.$Properties[];

            /**
             * Encodes the specified EndpointState message. Does not implicitly {@link cassia.gossip.EndpointState.verify|verify} messages.
             * @param message EndpointState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.gossip.EndpointState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndpointState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.gossip.EndpointState & cassia.gossip.EndpointState.$Shape} EndpointState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.gossip.EndpointState & cassia.gossip.EndpointState.$Shape;
        }

        namespace EndpointState {

            /** Properties of an EndpointState. */
            interface $Properties {

                /** EndpointState endpoint */
                endpoint?: (string|null);

                /** EndpointState generation */
                generation?: (Long|null);

                /** EndpointState heartbeatVersion */
                heartbeatVersion?: (Long|null);

                /** EndpointState applicationStates */
                applicationStates?: (cassia.gossip.ApplicationState.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndpointState. */
            type $Shape = cassia.gossip.EndpointState.$Properties;
        }

        /**
         * Properties of a Syn.
         * @deprecated Use cassia.gossip.Syn.$Properties instead.
         */
        interface ISyn extends cassia.gossip.Syn.$Properties {
        }

        /** Represents a Syn. */
        class Syn {

            /**
             * Constructs a new Syn.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.gossip.Syn.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Syn clusterName. */
            clusterName: string;

            /** Syn digests. */
            digests: cassia.gossip.Digest.$Properties[];

            /**
             * Encodes the specified Syn message. Does not implicitly {@link cassia.gossip.Syn.verify|verify} messages.
             * @param message Syn message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.gossip.Syn.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Syn message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.gossip.Syn & cassia.gossip.Syn.$Shape} Syn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.gossip.Syn & cassia.gossip.Syn.$Shape;
        }

        namespace Syn {

            /** Properties of a Syn. */
            interface $Properties {

                /** Syn clusterName */
                clusterName?: (string|null);

                /** Syn digests */
                digests?: (cassia.gossip.Digest.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Syn. */
            type $Shape = cassia.gossip.Syn.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use cassia.gossip.Ack.$Properties instead.
         */
        interface IAck extends cassia.gossip.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.gossip.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack digests. */
            digests: cassia.gossip.Digest.$Properties[];

            /** Ack states. */
            states: cassia.gossip.EndpointState.$Properties[];

            /**
             * Encodes the specified Ack message. Does not implicitly {@link cassia.gossip.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.gossip.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.gossip.Ack & cassia.gossip.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.gossip.Ack & cassia.gossip.Ack.$Shape;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack digests */
                digests?: (cassia.gossip.Digest.$Properties[]|null);

                /** Ack states */
                states?: (cassia.gossip.EndpointState.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = cassia.gossip.Ack.$Properties;
        }

        /**
         * Properties of an Ack2.
         * @deprecated Use cassia.gossip.Ack2.$Properties instead.
         */
        interface IAck2 extends cassia.gossip.Ack2.$Properties {
        }

        /** Represents an Ack2. */
        class Ack2 {

            /**
             * Constructs a new Ack2.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.gossip.Ack2.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack2 states. */
            states: cassia.gossip.EndpointState.$Properties[];

            /**
             * Encodes the specified Ack2 message. Does not implicitly {@link cassia.gossip.Ack2.verify|verify} messages.
             * @param message Ack2 message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.gossip.Ack2.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack2 message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.gossip.Ack2 & cassia.gossip.Ack2.$Shape} Ack2
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.gossip.Ack2 & cassia.gossip.Ack2.$Shape;
        }

        namespace Ack2 {

            /** Properties of an Ack2. */
            interface $Properties {

                /** Ack2 states */
                states?: (cassia.gossip.EndpointState.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack2. */
            type $Shape = cassia.gossip.Ack2.$Properties;
        }

        /**
         * Properties of an Envelope.
         * @deprecated Use cassia.gossip.Envelope.$Properties instead.
         */
        interface IEnvelope extends cassia.gossip.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.gossip.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope sender. */
            sender: string;

            /** Envelope syn. */
            syn?: (cassia.gossip.Syn.$Properties|null);

            /** Envelope ack. */
            ack?: (cassia.gossip.Ack.$Properties|null);

            /** Envelope ack2. */
            ack2?: (cassia.gossip.Ack2.$Properties|null);

            /** Envelope message. */
            message?: ("syn"|"ack"|"ack2");

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link cassia.gossip.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.gossip.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.gossip.Envelope & cassia.gossip.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.gossip.Envelope & cassia.gossip.Envelope.$Shape;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope sender */
                sender?: (string|null);

                /** Envelope syn */
                syn?: (cassia.gossip.Syn.$Properties|null);

                /** Envelope ack */
                ack?: (cassia.gossip.Ack.$Properties|null);

                /** Envelope ack2 */
                ack2?: (cassia.gossip.Ack2.$Properties|null);

                /** Envelope message */
                message?: ("syn"|"ack"|"ack2");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              sender?: string|null;
              syn?: cassia.gossip.Syn.$Shape|null;
              ack?: cassia.gossip.Ack.$Shape|null;
              ack2?: cassia.gossip.Ack2.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ message?: undefined; syn?: null; ack?: null; ack2?: null }|{ message?: "syn"; syn: cassia.gossip.Syn.$Shape; ack?: null; ack2?: null }|{ message?: "ack"; syn?: null; ack: cassia.gossip.Ack.$Shape; ack2?: null }|{ message?: "ack2"; syn?: null; ack?: null; ack2: cassia.gossip.Ack2.$Shape })
            );
        }
    }

    /** Namespace replica. */
    namespace replica {

        /**
         * Properties of a DeletionTime.
         * @deprecated Use cassia.replica.DeletionTime.$Properties instead.
         */
        interface IDeletionTime extends cassia.replica.DeletionTime.$Properties {
        }

        /** Represents a DeletionTime. */
        class DeletionTime {

            /**
             * Constructs a new DeletionTime.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.DeletionTime.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeletionTime timestamp. */
            timestamp: Long;

            /** DeletionTime localDeletionTime. */
            localDeletionTime: number;

            /**
             * Encodes the specified DeletionTime message. Does not implicitly {@link cassia.replica.DeletionTime.verify|verify} messages.
             * @param message DeletionTime message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.DeletionTime.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeletionTime message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.DeletionTime & cassia.replica.DeletionTime.$Shape} DeletionTime
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.DeletionTime & cassia.replica.DeletionTime.$Shape;
        }

        namespace DeletionTime {

            /** Properties of a DeletionTime. */
            interface $Properties {

                /** DeletionTime timestamp */
                timestamp?: (Long|null);

                /** DeletionTime localDeletionTime */
                localDeletionTime?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeletionTime. */
            type $Shape = cassia.replica.DeletionTime.$Properties;
        }

        /**
         * Properties of a Liveness.
         * @deprecated Use cassia.replica.Liveness.$Properties instead.
         */
        interface ILiveness extends cassia.replica.Liveness.$Properties {
        }

        /** Represents a Liveness. */
        class Liveness {

            /**
             * Constructs a new Liveness.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.Liveness.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Liveness timestamp. */
            timestamp: Long;

            /** Liveness ttlSeconds. */
            ttlSeconds: number;

            /** Liveness localExpirationTime. */
            localExpirationTime: number;

            /**
             * Encodes the specified Liveness message. Does not implicitly {@link cassia.replica.Liveness.verify|verify} messages.
             * @param message Liveness message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.Liveness.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Liveness message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.Liveness & cassia.replica.Liveness.$Shape} Liveness
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.Liveness & cassia.replica.Liveness.$Shape;
        }

        namespace Liveness {

            /** Properties of a Liveness. */
            interface $Properties {

                /** Liveness timestamp */
                timestamp?: (Long|null);

                /** Liveness ttlSeconds */
                ttlSeconds?: (number|null);

                /** Liveness localExpirationTime */
                localExpirationTime?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Liveness. */
            type $Shape = cassia.replica.Liveness.$Properties;
        }

        /**
         * Properties of a Cell.
         * @deprecated Use cassia.replica.Cell.$Properties instead.
         */
        interface ICell extends cassia.replica.Cell.$Properties {
        }

        /** Represents a Cell. */
        class Cell {

            /**
             * Constructs a new Cell.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.Cell.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Cell column. */
            column: string;

            /** Cell value. */
            value?: (Uint8Array|null);

            /** Cell timestamp. */
            timestamp: Long;

            /** Cell ttlSeconds. */
            ttlSeconds: number;

            /** Cell localDeletionTime. */
            localDeletionTime: number;

            /**
             * Encodes the specified Cell message. Does not implicitly {@link cassia.replica.Cell.verify|verify} messages.
             * @param message Cell message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.Cell.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Cell message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.Cell & cassia.replica.Cell.$Shape} Cell
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.Cell & cassia.replica.Cell.$Shape;
        }

        namespace Cell {

            /** Properties of a Cell. */
            interface $Properties {

                /** Cell column */
                column?: (string|null);

                /** Cell value */
                value?: (Uint8Array|null);

                /** Cell timestamp */
                timestamp?: (Long|null);

                /** Cell ttlSeconds */
                ttlSeconds?: (number|null);

                /** Cell localDeletionTime */
                localDeletionTime?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Cell. */
            type $Shape = cassia.replica.Cell.$Properties;
        }

        /**
         * Properties of a Row.
         * @deprecated Use cassia.replica.Row.$Properties instead.
         */
        interface IRow extends cassia.replica.Row.$Properties {
        }

        /** Represents a Row. */
        class Row {

            /**
             * Constructs a new Row.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.Row.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Row clustering. */
            clustering: Uint8Array;

            /** Row liveness. */
            liveness?: (cassia.replica.Liveness.$Properties|null);

            /** Row deletion. */
            deletion?: (cassia.replica.DeletionTime.$Properties|null);

            /** Row cells. */
            cells: cassia.replica.Cell.$Properties[];

            /**
             * Encodes the specified Row message. Does not implicitly {@link cassia.replica.Row.verify|verify} messages.
             * @param message Row message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.Row.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Row message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.Row & cassia.replica.Row.$Shape} Row
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.Row & cassia.replica.Row.$Shape;
        }

        namespace Row {

            /** Properties of a Row. */
            interface $Properties {

                /** Row clustering */
                clustering?: (Uint8Array|null);

                /** Row liveness */
                liveness?: (cassia.replica.Liveness.$Properties|null);

                /** Row deletion */
                deletion?: (cassia.replica.DeletionTime.$Properties|null);

                /** Row cells */
                cells?: (cassia.replica.Cell.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Row. */
            type $Shape = cassia.replica.Row.$Properties;
        }

        /**
         * Properties of a RangeTombstone.
         * @deprecated Use cassia.replica.RangeTombstone.$Properties instead.
         */
        interface IRangeTombstone extends cassia.replica.RangeTombstone.$Properties {
        }

        /** Represents a RangeTombstone. */
        class RangeTombstone {

            /**
             * Constructs a new RangeTombstone.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.RangeTombstone.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RangeTombstone start. */
            start?: (Uint8Array|null);

            /** RangeTombstone startInclusive. */
            startInclusive: boolean;

            /** RangeTombstone end. */
            end?: (Uint8Array|null);

            /** RangeTombstone endInclusive. */
            endInclusive: boolean;

            /** RangeTombstone deletion. */
            deletion?: (cassia.replica.DeletionTime.$Properties|null);

            /**
             * Encodes the specified RangeTombstone message. Does not implicitly {@link cassia.replica.RangeTombstone.verify|verify} messages.
             * @param message RangeTombstone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.RangeTombstone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RangeTombstone message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.RangeTombstone & cassia.replica.RangeTombstone.$Shape} RangeTombstone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.RangeTombstone & cassia.replica.RangeTombstone.$Shape;
        }

        namespace RangeTombstone {

            /** Properties of a RangeTombstone. */
            interface $Properties {

                /** RangeTombstone start */
                start?: (Uint8Array|null);

                /** RangeTombstone startInclusive */
                startInclusive?: (boolean|null);

                /** RangeTombstone end */
                end?: (Uint8Array|null);

                /** RangeTombstone endInclusive */
                endInclusive?: (boolean|null);

                /** RangeTombstone deletion */
                deletion?: (cassia.replica.DeletionTime.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RangeTombstone. */
            type $Shape = cassia.replica.RangeTombstone.$Properties;
        }

        /**
         * Properties of a Mutation.
         * @deprecated Use cassia.replica.Mutation.$Properties instead.
         */
        interface IMutation extends cassia.replica.Mutation.$Properties {
        }

        /** Represents a Mutation. */
        class Mutation {

            /**
             * Constructs a new Mutation.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.Mutation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Mutation tableId. */
            tableId: string;

            /** Mutation token. */
            token: Long;

            /** Mutation partitionKey. */
            partitionKey: Uint8Array;

            /** Mutation partitionDeletion. */
            partitionDeletion?: (cassia.replica.DeletionTime.$Properties|null);

            /** Mutation rows. */
            rows: cassia.replica.Row.$Properties[];

            /** Mutation rangeTombstones. */
            rangeTombstones: cassia.replica.RangeTombstone.$Properties[];

            /**
             * Encodes the specified Mutation message. Does not implicitly {@link cassia.replica.Mutation.verify|verify} messages.
             * @param message Mutation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.Mutation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Mutation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.Mutation & cassia.replica.Mutation.$Shape} Mutation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.Mutation & cassia.replica.Mutation.$Shape;
        }

        namespace Mutation {

            /** Properties of a Mutation. */
            interface $Properties {

                /** Mutation tableId */
                tableId?: (string|null);

                /** Mutation token */
                token?: (Long|null);

                /** Mutation partitionKey */
                partitionKey?: (Uint8Array|null);

                /** Mutation partitionDeletion */
                partitionDeletion?: (cassia.replica.DeletionTime.$Properties|null);

                /** Mutation rows */
                rows?: (cassia.replica.Row.$Properties[]|null);

                /** Mutation rangeTombstones */
                rangeTombstones?: (cassia.replica.RangeTombstone.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Mutation. */
            type $Shape = cassia.replica.Mutation.$Properties;
        }

        /**
         * Properties of a ReplicaError.
         * @deprecated Use cassia.replica.ReplicaError.$Properties instead.
         */
        interface IReplicaError extends cassia.replica.ReplicaError.$Properties {
        }

        /** Represents a ReplicaError. */
        class ReplicaError {

            /**
             * Constructs a new ReplicaError.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.ReplicaError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaError code. */
            code: string;

            /** ReplicaError message. */
            message: string;

            /**
             * Encodes the specified ReplicaError message. Does not implicitly {@link cassia.replica.ReplicaError.verify|verify} messages.
             * @param message ReplicaError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.ReplicaError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.ReplicaError & cassia.replica.ReplicaError.$Shape} ReplicaError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.ReplicaError & cassia.replica.ReplicaError.$Shape;
        }

        namespace ReplicaError {

            /** Properties of a ReplicaError. */
            interface $Properties {

                /** ReplicaError code */
                code?: (string|null);

                /** ReplicaError message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaError. */
            type $Shape = cassia.replica.ReplicaError.$Properties;
        }

        /**
         * Properties of a MutateRequest.
         * @deprecated Use cassia.replica.MutateRequest.$Properties instead.
         */
        interface IMutateRequest extends cassia.replica.MutateRequest.$Properties {
        }

        /** Represents a MutateRequest. */
        class MutateRequest {

            /**
             * Constructs a new MutateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.MutateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MutateRequest mutations. */
            mutations: cassia.replica.Mutation.$Properties[];

            /**
             * Encodes the specified MutateRequest message. Does not implicitly {@link cassia.replica.MutateRequest.verify|verify} messages.
             * @param message MutateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.MutateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MutateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.MutateRequest & cassia.replica.MutateRequest.$Shape} MutateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.MutateRequest & cassia.replica.MutateRequest.$Shape;
        }

        namespace MutateRequest {

            /** Properties of a MutateRequest. */
            interface $Properties {

                /** MutateRequest mutations */
                mutations?: (cassia.replica.Mutation.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MutateRequest. */
            type $Shape = cassia.replica.MutateRequest.$Properties;
        }

        /**
         * Properties of a MutateResponse.
         * @deprecated Use cassia.replica.MutateResponse.$Properties instead.
         */
        interface IMutateResponse extends cassia.replica.MutateResponse.$Properties {
        }

        /** Represents a MutateResponse. */
        class MutateResponse {

            /**
             * Constructs a new MutateResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.MutateResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MutateResponse error. */
            error?: (cassia.replica.ReplicaError.$Properties|null);

            /**
             * Encodes the specified MutateResponse message. Does not implicitly {@link cassia.replica.MutateResponse.verify|verify} messages.
             * @param message MutateResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.MutateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MutateResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.MutateResponse & cassia.replica.MutateResponse.$Shape} MutateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.MutateResponse & cassia.replica.MutateResponse.$Shape;
        }

        namespace MutateResponse {

            /** Properties of a MutateResponse. */
            interface $Properties {

                /** MutateResponse error */
                error?: (cassia.replica.ReplicaError.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MutateResponse. */
            type $Shape = cassia.replica.MutateResponse.$Properties;
        }

        /**
         * Properties of a Slice.
         * @deprecated Use cassia.replica.Slice.$Properties instead.
         */
        interface ISlice extends cassia.replica.Slice.$Properties {
        }

        /** Represents a Slice. */
        class Slice {

            /**
             * Constructs a new Slice.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.Slice.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Slice start. */
            start?: (Uint8Array|null);

            /** Slice startInclusive. */
            startInclusive: boolean;

            /** Slice end. */
            end?: (Uint8Array|null);

            /** Slice endInclusive. */
            endInclusive: boolean;

            /**
             * Encodes the specified Slice message. Does not implicitly {@link cassia.replica.Slice.verify|verify} messages.
             * @param message Slice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.Slice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Slice message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.Slice & cassia.replica.Slice.$Shape} Slice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.Slice & cassia.replica.Slice.$Shape;
        }

        namespace Slice {

            /** Properties of a Slice. */
            interface $Properties {

                /** Slice start */
                start?: (Uint8Array|null);

                /** Slice startInclusive */
                startInclusive?: (boolean|null);

                /** Slice end */
                end?: (Uint8Array|null);

                /** Slice endInclusive */
                endInclusive?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Slice. */
            type $Shape = cassia.replica.Slice.$Properties;
        }

        /**
         * Properties of a ReadRequest.
         * @deprecated Use cassia.replica.ReadRequest.$Properties instead.
         */
        interface IReadRequest extends cassia.replica.ReadRequest.$Properties {
        }

        /** Represents a ReadRequest. */
        class ReadRequest {

            /**
             * Constructs a new ReadRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.ReadRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadRequest tableId. */
            tableId: string;

            /** ReadRequest token. */
            token: Long;

            /** ReadRequest partitionKey. */
            partitionKey: Uint8Array;

            /** ReadRequest slice. */
            slice?: (cassia.replica.Slice.$Properties|null);

            /** ReadRequest reversed. */
            reversed: boolean;

            /** ReadRequest limitRows. */
            limitRows: number;

            /** ReadRequest limitBytes. */
            limitBytes: number;

            /** ReadRequest digestOnly. */
            digestOnly: boolean;

            /**
             * Encodes the specified ReadRequest message. Does not implicitly {@link cassia.replica.ReadRequest.verify|verify} messages.
             * @param message ReadRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.ReadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.ReadRequest & cassia.replica.ReadRequest.$Shape} ReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.ReadRequest & cassia.replica.ReadRequest.$Shape;
        }

        namespace ReadRequest {

            /** Properties of a ReadRequest. */
            interface $Properties {

                /** ReadRequest tableId */
                tableId?: (string|null);

                /** ReadRequest token */
                token?: (Long|null);

                /** ReadRequest partitionKey */
                partitionKey?: (Uint8Array|null);

                /** ReadRequest slice */
                slice?: (cassia.replica.Slice.$Properties|null);

                /** ReadRequest reversed */
                reversed?: (boolean|null);

                /** ReadRequest limitRows */
                limitRows?: (number|null);

                /** ReadRequest limitBytes */
                limitBytes?: (number|null);

                /** ReadRequest digestOnly */
                digestOnly?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadRequest. */
            type $Shape = cassia.replica.ReadRequest.$Properties;
        }

        /**
         * Properties of a Partition.
         * @deprecated Use cassia.replica.Partition.$Properties instead.
         */
        interface IPartition extends cassia.replica.Partition.$Properties {
        }

        /** Represents a Partition. */
        class Partition {

            /**
             * Constructs a new Partition.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.Partition.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Partition token. */
            token: Long;

            /** Partition partitionKey. */
            partitionKey: Uint8Array;

            /** Partition partitionDeletion. */
            partitionDeletion?: (cassia.replica.DeletionTime.$Properties|null);

            /** Partition rows. */
            rows: cassia.replica.Row.$Properties[];

            /** Partition rangeTombstones. */
            rangeTombstones: cassia.replica.RangeTombstone.$Properties[];

            /**
             * Encodes the specified Partition message. Does not implicitly {@link cassia.replica.Partition.verify|verify} messages.
             * @param message Partition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.Partition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Partition message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.Partition & cassia.replica.Partition.$Shape} Partition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.Partition & cassia.replica.Partition.$Shape;
        }

        namespace Partition {

            /** Properties of a Partition. */
            interface $Properties {

                /** Partition token */
                token?: (Long|null);

                /** Partition partitionKey */
                partitionKey?: (Uint8Array|null);

                /** Partition partitionDeletion */
                partitionDeletion?: (cassia.replica.DeletionTime.$Properties|null);

                /** Partition rows */
                rows?: (cassia.replica.Row.$Properties[]|null);

                /** Partition rangeTombstones */
                rangeTombstones?: (cassia.replica.RangeTombstone.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Partition. */
            type $Shape = cassia.replica.Partition.$Properties;
        }

        /**
         * Properties of a ReadResponse.
         * @deprecated Use cassia.replica.ReadResponse.$Properties instead.
         */
        interface IReadResponse extends cassia.replica.ReadResponse.$Properties {
        }

        /** Represents a ReadResponse. */
        class ReadResponse {

            /**
             * Constructs a new ReadResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.ReadResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadResponse partition. */
            partition?: (cassia.replica.Partition.$Properties|null);

            /** ReadResponse error. */
            error?: (cassia.replica.ReplicaError.$Properties|null);

            /** ReadResponse more. */
            more: boolean;

            /** ReadResponse digest. */
            digest: Uint8Array;

            /**
             * Encodes the specified ReadResponse message. Does not implicitly {@link cassia.replica.ReadResponse.verify|verify} messages.
             * @param message ReadResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.ReadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.ReadResponse & cassia.replica.ReadResponse.$Shape} ReadResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.ReadResponse & cassia.replica.ReadResponse.$Shape;
        }

        namespace ReadResponse {

            /** Properties of a ReadResponse. */
            interface $Properties {

                /** ReadResponse partition */
                partition?: (cassia.replica.Partition.$Properties|null);

                /** ReadResponse error */
                error?: (cassia.replica.ReplicaError.$Properties|null);

                /** ReadResponse more */
                more?: (boolean|null);

                /** ReadResponse digest */
                digest?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadResponse. */
            type $Shape = cassia.replica.ReadResponse.$Properties;
        }

        /**
         * Properties of a StoreHintRequest.
         * @deprecated Use cassia.replica.StoreHintRequest.$Properties instead.
         */
        interface IStoreHintRequest extends cassia.replica.StoreHintRequest.$Properties {
        }

        /** Represents a StoreHintRequest. */
        class StoreHintRequest {

            /**
             * Constructs a new StoreHintRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.StoreHintRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StoreHintRequest targetHostId. */
            targetHostId: string;

            /** StoreHintRequest createdAtMs. */
            createdAtMs: Long;

            /** StoreHintRequest mutate. */
            mutate?: (cassia.replica.MutateRequest.$Properties|null);

            /**
             * Encodes the specified StoreHintRequest message. Does not implicitly {@link cassia.replica.StoreHintRequest.verify|verify} messages.
             * @param message StoreHintRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.StoreHintRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StoreHintRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.StoreHintRequest & cassia.replica.StoreHintRequest.$Shape} StoreHintRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.StoreHintRequest & cassia.replica.StoreHintRequest.$Shape;
        }

        namespace StoreHintRequest {

            /** Properties of a StoreHintRequest. */
            interface $Properties {

                /** StoreHintRequest targetHostId */
                targetHostId?: (string|null);

                /** StoreHintRequest createdAtMs */
                createdAtMs?: (Long|null);

                /** StoreHintRequest mutate */
                mutate?: (cassia.replica.MutateRequest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StoreHintRequest. */
            type $Shape = cassia.replica.StoreHintRequest.$Properties;
        }

        /**
         * Properties of a StoreHintResponse.
         * @deprecated Use cassia.replica.StoreHintResponse.$Properties instead.
         */
        interface IStoreHintResponse extends cassia.replica.StoreHintResponse.$Properties {
        }

        /** Represents a StoreHintResponse. */
        class StoreHintResponse {

            /**
             * Constructs a new StoreHintResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.StoreHintResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StoreHintResponse error. */
            error?: (cassia.replica.ReplicaError.$Properties|null);

            /**
             * Encodes the specified StoreHintResponse message. Does not implicitly {@link cassia.replica.StoreHintResponse.verify|verify} messages.
             * @param message StoreHintResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.StoreHintResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StoreHintResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.StoreHintResponse & cassia.replica.StoreHintResponse.$Shape} StoreHintResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.StoreHintResponse & cassia.replica.StoreHintResponse.$Shape;
        }

        namespace StoreHintResponse {

            /** Properties of a StoreHintResponse. */
            interface $Properties {

                /** StoreHintResponse error */
                error?: (cassia.replica.ReplicaError.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StoreHintResponse. */
            type $Shape = cassia.replica.StoreHintResponse.$Properties;
        }

        /**
         * Properties of a BatchEntry.
         * @deprecated Use cassia.replica.BatchEntry.$Properties instead.
         */
        interface IBatchEntry extends cassia.replica.BatchEntry.$Properties {
        }

        /** Represents a BatchEntry. */
        class BatchEntry {

            /**
             * Constructs a new BatchEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.BatchEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchEntry verb. */
            verb: string;

            /** BatchEntry payload. */
            payload: Uint8Array;

            /**
             * Encodes the specified BatchEntry message. Does not implicitly {@link cassia.replica.BatchEntry.verify|verify} messages.
             * @param message BatchEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.BatchEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.BatchEntry & cassia.replica.BatchEntry.$Shape} BatchEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.BatchEntry & cassia.replica.BatchEntry.$Shape;
        }

        namespace BatchEntry {

            /** Properties of a BatchEntry. */
            interface $Properties {

                /** BatchEntry verb */
                verb?: (string|null);

                /** BatchEntry payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchEntry. */
            type $Shape = cassia.replica.BatchEntry.$Properties;
        }

        /**
         * Properties of a BatchRequest.
         * @deprecated Use cassia.replica.BatchRequest.$Properties instead.
         */
        interface IBatchRequest extends cassia.replica.BatchRequest.$Properties {
        }

        /** Represents a BatchRequest. */
        class BatchRequest {

            /**
             * Constructs a new BatchRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.BatchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchRequest entries. */
            entries: cassia.replica.BatchEntry.$Properties[];

            /**
             * Encodes the specified BatchRequest message. Does not implicitly {@link cassia.replica.BatchRequest.verify|verify} messages.
             * @param message BatchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.BatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.BatchRequest & cassia.replica.BatchRequest.$Shape} BatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.BatchRequest & cassia.replica.BatchRequest.$Shape;
        }

        namespace BatchRequest {

            /** Properties of a BatchRequest. */
            interface $Properties {

                /** BatchRequest entries */
                entries?: (cassia.replica.BatchEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchRequest. */
            type $Shape = cassia.replica.BatchRequest.$Properties;
        }

        /**
         * Properties of a BatchResponse.
         * @deprecated Use cassia.replica.BatchResponse.$Properties instead.
         */
        interface IBatchResponse extends cassia.replica.BatchResponse.$Properties {
        }

        /** Represents a BatchResponse. */
        class BatchResponse {

            /**
             * Constructs a new BatchResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.BatchResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchResponse replies. */
            replies: Uint8Array[];

            /** BatchResponse error. */
            error?: (cassia.replica.ReplicaError.$Properties|null);

            /** BatchResponse resend. */
            resend: number[];

            /**
             * Encodes the specified BatchResponse message. Does not implicitly {@link cassia.replica.BatchResponse.verify|verify} messages.
             * @param message BatchResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.BatchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.BatchResponse & cassia.replica.BatchResponse.$Shape} BatchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.BatchResponse & cassia.replica.BatchResponse.$Shape;
        }

        namespace BatchResponse {

            /** Properties of a BatchResponse. */
            interface $Properties {

                /** BatchResponse replies */
                replies?: (Uint8Array[]|null);

                /** BatchResponse error */
                error?: (cassia.replica.ReplicaError.$Properties|null);

                /** BatchResponse resend */
                resend?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchResponse. */
            type $Shape = cassia.replica.BatchResponse.$Properties;
        }

        /**
         * Properties of a RangePosition.
         * @deprecated Use cassia.replica.RangePosition.$Properties instead.
         */
        interface IRangePosition extends cassia.replica.RangePosition.$Properties {
        }

        /** Represents a RangePosition. */
        class RangePosition {

            /**
             * Constructs a new RangePosition.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.RangePosition.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RangePosition token. */
            token: Long;

            /** RangePosition partitionKey. */
            partitionKey: Uint8Array;

            /** RangePosition clustering. */
            clustering?: (Uint8Array|null);

            /**
             * Encodes the specified RangePosition message. Does not implicitly {@link cassia.replica.RangePosition.verify|verify} messages.
             * @param message RangePosition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.RangePosition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RangePosition message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.RangePosition & cassia.replica.RangePosition.$Shape} RangePosition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.RangePosition & cassia.replica.RangePosition.$Shape;
        }

        namespace RangePosition {

            /** Properties of a RangePosition. */
            interface $Properties {

                /** RangePosition token */
                token?: (Long|null);

                /** RangePosition partitionKey */
                partitionKey?: (Uint8Array|null);

                /** RangePosition clustering */
                clustering?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RangePosition. */
            type $Shape = cassia.replica.RangePosition.$Properties;
        }

        /**
         * Properties of a RangeReadRequest.
         * @deprecated Use cassia.replica.RangeReadRequest.$Properties instead.
         */
        interface IRangeReadRequest extends cassia.replica.RangeReadRequest.$Properties {
        }

        /** Represents a RangeReadRequest. */
        class RangeReadRequest {

            /**
             * Constructs a new RangeReadRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.RangeReadRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RangeReadRequest tableId. */
            tableId: string;

            /** RangeReadRequest startToken. */
            startToken: Long;

            /** RangeReadRequest endToken. */
            endToken: Long;

            /** RangeReadRequest after. */
            after?: (cassia.replica.RangePosition.$Properties|null);

            /** RangeReadRequest slices. */
            slices: cassia.replica.Slice.$Properties[];

            /** RangeReadRequest limitRows. */
            limitRows: number;

            /** RangeReadRequest perPartitionLimitRows. */
            perPartitionLimitRows: number;

            /** RangeReadRequest limitBytes. */
            limitBytes: number;

            /**
             * Encodes the specified RangeReadRequest message. Does not implicitly {@link cassia.replica.RangeReadRequest.verify|verify} messages.
             * @param message RangeReadRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.RangeReadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RangeReadRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.RangeReadRequest & cassia.replica.RangeReadRequest.$Shape} RangeReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.RangeReadRequest & cassia.replica.RangeReadRequest.$Shape;
        }

        namespace RangeReadRequest {

            /** Properties of a RangeReadRequest. */
            interface $Properties {

                /** RangeReadRequest tableId */
                tableId?: (string|null);

                /** RangeReadRequest startToken */
                startToken?: (Long|null);

                /** RangeReadRequest endToken */
                endToken?: (Long|null);

                /** RangeReadRequest after */
                after?: (cassia.replica.RangePosition.$Properties|null);

                /** RangeReadRequest slices */
                slices?: (cassia.replica.Slice.$Properties[]|null);

                /** RangeReadRequest limitRows */
                limitRows?: (number|null);

                /** RangeReadRequest perPartitionLimitRows */
                perPartitionLimitRows?: (number|null);

                /** RangeReadRequest limitBytes */
                limitBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RangeReadRequest. */
            type $Shape = cassia.replica.RangeReadRequest.$Properties;
        }

        /**
         * Properties of a RangePartition.
         * @deprecated Use cassia.replica.RangePartition.$Properties instead.
         */
        interface IRangePartition extends cassia.replica.RangePartition.$Properties {
        }

        /** Represents a RangePartition. */
        class RangePartition {

            /**
             * Constructs a new RangePartition.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.RangePartition.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RangePartition partition. */
            partition?: (cassia.replica.Partition.$Properties|null);

            /** RangePartition truncated. */
            truncated: boolean;

            /**
             * Encodes the specified RangePartition message. Does not implicitly {@link cassia.replica.RangePartition.verify|verify} messages.
             * @param message RangePartition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.RangePartition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RangePartition message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.RangePartition & cassia.replica.RangePartition.$Shape} RangePartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.RangePartition & cassia.replica.RangePartition.$Shape;
        }

        namespace RangePartition {

            /** Properties of a RangePartition. */
            interface $Properties {

                /** RangePartition partition */
                partition?: (cassia.replica.Partition.$Properties|null);

                /** RangePartition truncated */
                truncated?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RangePartition. */
            type $Shape = cassia.replica.RangePartition.$Properties;
        }

        /**
         * Properties of a RangeReadResponse.
         * @deprecated Use cassia.replica.RangeReadResponse.$Properties instead.
         */
        interface IRangeReadResponse extends cassia.replica.RangeReadResponse.$Properties {
        }

        /** Represents a RangeReadResponse. */
        class RangeReadResponse {

            /**
             * Constructs a new RangeReadResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: cassia.replica.RangeReadResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RangeReadResponse partitions. */
            partitions: cassia.replica.RangePartition.$Properties[];

            /** RangeReadResponse error. */
            error?: (cassia.replica.ReplicaError.$Properties|null);

            /** RangeReadResponse more. */
            more: boolean;

            /** RangeReadResponse last. */
            last?: (cassia.replica.RangePosition.$Properties|null);

            /**
             * Encodes the specified RangeReadResponse message. Does not implicitly {@link cassia.replica.RangeReadResponse.verify|verify} messages.
             * @param message RangeReadResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: cassia.replica.RangeReadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RangeReadResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {cassia.replica.RangeReadResponse & cassia.replica.RangeReadResponse.$Shape} RangeReadResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cassia.replica.RangeReadResponse & cassia.replica.RangeReadResponse.$Shape;
        }

        namespace RangeReadResponse {

            /** Properties of a RangeReadResponse. */
            interface $Properties {

                /** RangeReadResponse partitions */
                partitions?: (cassia.replica.RangePartition.$Properties[]|null);

                /** RangeReadResponse error */
                error?: (cassia.replica.ReplicaError.$Properties|null);

                /** RangeReadResponse more */
                more?: (boolean|null);

                /** RangeReadResponse last */
                last?: (cassia.replica.RangePosition.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RangeReadResponse. */
            type $Shape = cassia.replica.RangeReadResponse.$Properties;
        }
    }
}
