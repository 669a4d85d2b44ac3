/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const cassia = $root.cassia = (() => {

    /**
     * Namespace cassia.
     * @exports cassia
     * @namespace
     */
    const cassia = {};

    cassia.admin = (function() {

        /**
         * Namespace admin.
         * @memberof cassia
         * @namespace
         */
        const admin = {};

        admin.AdminRequest = (function() {

            /**
             * Properties of an AdminRequest.
             * @typedef {Object} cassia.admin.AdminRequest.$Properties
             * @property {cassia.admin.StatsRequest.$Properties|null} [stats] AdminRequest stats
             * @property {cassia.admin.FlushRequest.$Properties|null} [flush] AdminRequest flush
             * @property {cassia.admin.CompactRequest.$Properties|null} [compact] AdminRequest compact
             * @property {cassia.admin.GossipInfoRequest.$Properties|null} [gossipInfo] AdminRequest gossipInfo
             * @property {"stats"|"flush"|"compact"|"gossipInfo"} [op] AdminRequest op
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdminRequest.
             * @memberof cassia.admin
             * @interface IAdminRequest
             * @augments cassia.admin.AdminRequest.$Properties
             * @deprecated Use cassia.admin.AdminRequest.$Properties instead.
             */

            /**
             * Narrowed shape of an AdminRequest.
             * @typedef {{
             *   stats?: cassia.admin.StatsRequest.$Shape|null;
             *   flush?: cassia.admin.FlushRequest.$Shape|null;
             *   compact?: cassia.admin.CompactRequest.$Shape|null;
             *   gossipInfo?: cassia.admin.GossipInfoRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ op?: undefined; stats?: null; flush?: null; compact?: null; gossipInfo?: null }|{ op?: "stats"; stats: cassia.admin.StatsRequest.$Shape; flush?: null; compact?: null; gossipInfo?: null }|{ op?: "flush"; stats?: null; flush: cassia.admin.FlushRequest.$Shape; compact?: null; gossipInfo?: null }|{ op?: "compact"; stats?: null; flush?: null; compact: cassia.admin.CompactRequest.$Shape; gossipInfo?: null }|{ op?: "gossipInfo"; stats?: null; flush?: null; compact?: null; gossipInfo: cassia.admin.GossipInfoRequest.$Shape })
             * )} cassia.admin.AdminRequest.$Shape
             */

            /**
             * Constructs a new AdminRequest.
             * @memberof cassia.admin
             * @classdesc Represents an AdminRequest.
             * @constructor
             * @param {cassia.admin.AdminRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdminRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdminRequest stats.
             * @member {cassia.admin.StatsRequest.$Properties|null|undefined} stats
             * @memberof cassia.admin.AdminRequest
             * @instance
             */
            AdminRequest.prototype.stats = null;

            /**
             * AdminRequest flush.
             * @member {cassia.admin.FlushRequest.$Properties|null|undefined} flush
             * @memberof cassia.admin.AdminRequest
             * @instance
             */
            AdminRequest.prototype.flush = null;

            /**
             * AdminRequest compact.
             * @member {cassia.admin.CompactRequest.$Properties|null|undefined} compact
             * @memberof cassia.admin.AdminRequest
             * @instance
             */
            AdminRequest.prototype.compact = null;

            /**
             * AdminRequest gossipInfo.
             * @member {cassia.admin.GossipInfoRequest.$Properties|null|undefined} gossipInfo
             * @memberof cassia.admin.AdminRequest
             * @instance
             */
            AdminRequest.prototype.gossipInfo = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AdminRequest op.
             * @member {"stats"|"flush"|"compact"|"gossipInfo"|undefined} op
             * @memberof cassia.admin.AdminRequest
             * @instance
             */
            $Object.defineProperty(AdminRequest.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["stats", "flush", "compact", "gossipInfo"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified AdminRequest message. Does not implicitly {@link cassia.admin.AdminRequest.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.AdminRequest
             * @static
             * @param {cassia.admin.AdminRequest.$Properties} message AdminRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdminRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                    $root.cassia.admin.StatsRequest.encode(message.stats, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.flush != null && $Object.hasOwnProperty.call(message, "flush"))
                    $root.cassia.admin.FlushRequest.encode(message.flush, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.compact != null && $Object.hasOwnProperty.call(message, "compact"))
                    $root.cassia.admin.CompactRequest.encode(message.compact, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.gossipInfo != null && $Object.hasOwnProperty.call(message, "gossipInfo"))
                    $root.cassia.admin.GossipInfoRequest.encode(message.gossipInfo, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdminRequest message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.AdminRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.AdminRequest & cassia.admin.AdminRequest.$Shape} AdminRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdminRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.AdminRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.stats = $root.cassia.admin.StatsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                            message.op = "stats";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.flush = $root.cassia.admin.FlushRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.flush);
                            message.op = "flush";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.compact = $root.cassia.admin.CompactRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.compact);
                            message.op = "compact";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.gossipInfo = $root.cassia.admin.GossipInfoRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.gossipInfo);
                            message.op = "gossipInfo";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AdminRequest;
        })();

        admin.StatsRequest = (function() {

            /**
             * Properties of a StatsRequest.
             * @typedef {Object} cassia.admin.StatsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatsRequest.
             * @memberof cassia.admin
             * @interface IStatsRequest
             * @augments cassia.admin.StatsRequest.$Properties
             * @deprecated Use cassia.admin.StatsRequest.$Properties instead.
             */

            /**
             * Shape of a StatsRequest.
             * @typedef {cassia.admin.StatsRequest.$Properties} cassia.admin.StatsRequest.$Shape
             */

            /**
             * Constructs a new StatsRequest.
             * @memberof cassia.admin
             * @classdesc Represents a StatsRequest.
             * @constructor
             * @param {cassia.admin.StatsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified StatsRequest message. Does not implicitly {@link cassia.admin.StatsRequest.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.StatsRequest
             * @static
             * @param {cassia.admin.StatsRequest.$Properties} message StatsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.StatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.StatsRequest & cassia.admin.StatsRequest.$Shape} StatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.StatsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return StatsRequest;
        })();

        admin.FlushRequest = (function() {

            /**
             * Properties of a FlushRequest.
             * @typedef {Object} cassia.admin.FlushRequest.$Properties
             * @property {Array.<string>|null} [tableIds] FlushRequest tableIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlushRequest.
             * @memberof cassia.admin
             * @interface IFlushRequest
             * @augments cassia.admin.FlushRequest.$Properties
             * @deprecated Use cassia.admin.FlushRequest.$Properties instead.
             */

            /**
             * Shape of a FlushRequest.
             * @typedef {cassia.admin.FlushRequest.$Properties} cassia.admin.FlushRequest.$Shape
             */

            /**
             * Constructs a new FlushRequest.
             * @memberof cassia.admin
             * @classdesc Represents a FlushRequest.
             * @constructor
             * @param {cassia.admin.FlushRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FlushRequest = function (properties) {
                this.tableIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FlushRequest tableIds.
             * @member {Array.<string>} tableIds
             * @memberof cassia.admin.FlushRequest
             * @instance
             */
            FlushRequest.prototype.tableIds = $util.emptyArray;

            /**
             * Encodes the specified FlushRequest message. Does not implicitly {@link cassia.admin.FlushRequest.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.FlushRequest
             * @static
             * @param {cassia.admin.FlushRequest.$Properties} message FlushRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlushRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tableIds != null && message.tableIds.length)
                    for (let i = 0; i < message.tableIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.tableIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FlushRequest message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.FlushRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.FlushRequest & cassia.admin.FlushRequest.$Shape} FlushRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlushRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.FlushRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tableIds && message.tableIds.length))
                                message.tableIds = [];
                            message.tableIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FlushRequest;
        })();

        admin.CompactRequest = (function() {

            /**
             * Properties of a CompactRequest.
             * @typedef {Object} cassia.admin.CompactRequest.$Properties
             * @property {Array.<string>|null} [tableIds] CompactRequest tableIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompactRequest.
             * @memberof cassia.admin
             * @interface ICompactRequest
             * @augments cassia.admin.CompactRequest.$Properties
             * @deprecated Use cassia.admin.CompactRequest.$Properties instead.
             */

            /**
             * Shape of a CompactRequest.
             * @typedef {cassia.admin.CompactRequest.$Properties} cassia.admin.CompactRequest.$Shape
             */

            /**
             * Constructs a new CompactRequest.
             * @memberof cassia.admin
             * @classdesc Represents a CompactRequest.
             * @constructor
             * @param {cassia.admin.CompactRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompactRequest = function (properties) {
                this.tableIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompactRequest tableIds.
             * @member {Array.<string>} tableIds
             * @memberof cassia.admin.CompactRequest
             * @instance
             */
            CompactRequest.prototype.tableIds = $util.emptyArray;

            /**
             * Encodes the specified CompactRequest message. Does not implicitly {@link cassia.admin.CompactRequest.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.CompactRequest
             * @static
             * @param {cassia.admin.CompactRequest.$Properties} message CompactRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompactRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tableIds != null && message.tableIds.length)
                    for (let i = 0; i < message.tableIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.tableIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompactRequest message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.CompactRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.CompactRequest & cassia.admin.CompactRequest.$Shape} CompactRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompactRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.CompactRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tableIds && message.tableIds.length))
                                message.tableIds = [];
                            message.tableIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CompactRequest;
        })();

        admin.GossipInfoRequest = (function() {

            /**
             * Properties of a GossipInfoRequest.
             * @typedef {Object} cassia.admin.GossipInfoRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GossipInfoRequest.
             * @memberof cassia.admin
             * @interface IGossipInfoRequest
             * @augments cassia.admin.GossipInfoRequest.$Properties
             * @deprecated Use cassia.admin.GossipInfoRequest.$Properties instead.
             */

            /**
             * Shape of a GossipInfoRequest.
             * @typedef {cassia.admin.GossipInfoRequest.$Properties} cassia.admin.GossipInfoRequest.$Shape
             */

            /**
             * Constructs a new GossipInfoRequest.
             * @memberof cassia.admin
             * @classdesc Represents a GossipInfoRequest.
             * @constructor
             * @param {cassia.admin.GossipInfoRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GossipInfoRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified GossipInfoRequest message. Does not implicitly {@link cassia.admin.GossipInfoRequest.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.GossipInfoRequest
             * @static
             * @param {cassia.admin.GossipInfoRequest.$Properties} message GossipInfoRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GossipInfoRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GossipInfoRequest message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.GossipInfoRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.GossipInfoRequest & cassia.admin.GossipInfoRequest.$Shape} GossipInfoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GossipInfoRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.GossipInfoRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GossipInfoRequest;
        })();

        admin.AdminError = (function() {

            /**
             * Properties of an AdminError.
             * @typedef {Object} cassia.admin.AdminError.$Properties
             * @property {string|null} [code] AdminError code
             * @property {string|null} [message] AdminError message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdminError.
             * @memberof cassia.admin
             * @interface IAdminError
             * @augments cassia.admin.AdminError.$Properties
             * @deprecated Use cassia.admin.AdminError.$Properties instead.
             */

            /**
             * Shape of an AdminError.
             * @typedef {cassia.admin.AdminError.$Properties} cassia.admin.AdminError.$Shape
             */

            /**
             * Constructs a new AdminError.
             * @memberof cassia.admin
             * @classdesc Represents an AdminError.
             * @constructor
             * @param {cassia.admin.AdminError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdminError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdminError code.
             * @member {string} code
             * @memberof cassia.admin.AdminError
             * @instance
             */
            AdminError.prototype.code = "";

            /**
             * AdminError message.
             * @member {string} message
             * @memberof cassia.admin.AdminError
             * @instance
             */
            AdminError.prototype.message = "";

            /**
             * Encodes the specified AdminError message. Does not implicitly {@link cassia.admin.AdminError.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.AdminError
             * @static
             * @param {cassia.admin.AdminError.$Properties} message AdminError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdminError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdminError message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.AdminError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.AdminError & cassia.admin.AdminError.$Shape} AdminError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdminError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.AdminError();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AdminError;
        })();

        admin.SSTableLevel = (function() {

            /**
             * Properties of a SSTableLevel.
             * @typedef {Object} cassia.admin.SSTableLevel.$Properties
             * @property {number|null} [level] SSTableLevel level
             * @property {number|null} [count] SSTableLevel count
             * @property {Long|null} [bytes] SSTableLevel bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SSTableLevel.
             * @memberof cassia.admin
             * @interface ISSTableLevel
             * @augments cassia.admin.SSTableLevel.$Properties
             * @deprecated Use cassia.admin.SSTableLevel.$Properties instead.
             */

            /**
             * Shape of a SSTableLevel.
             * @typedef {cassia.admin.SSTableLevel.$Properties} cassia.admin.SSTableLevel.$Shape
             */

            /**
             * Constructs a new SSTableLevel.
             * @memberof cassia.admin
             * @classdesc Represents a SSTableLevel.
             * @constructor
             * @param {cassia.admin.SSTableLevel.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SSTableLevel = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SSTableLevel level.
             * @member {number} level
             * @memberof cassia.admin.SSTableLevel
             * @instance
             */
            SSTableLevel.prototype.level = 0;

            /**
             * SSTableLevel count.
             * @member {number} count
             * @memberof cassia.admin.SSTableLevel
             * @instance
             */
            SSTableLevel.prototype.count = 0;

            /**
             * SSTableLevel bytes.
             * @member {Long} bytes
             * @memberof cassia.admin.SSTableLevel
             * @instance
             */
            SSTableLevel.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified SSTableLevel message. Does not implicitly {@link cassia.admin.SSTableLevel.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.SSTableLevel
             * @static
             * @param {cassia.admin.SSTableLevel.$Properties} message SSTableLevel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SSTableLevel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.level);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SSTableLevel message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.SSTableLevel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.SSTableLevel & cassia.admin.SSTableLevel.$Shape} SSTableLevel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SSTableLevel.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.SSTableLevel();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SSTableLevel;
        })();

        admin.TableStats = (function() {

            /**
             * Properties of a TableStats.
             * @typedef {Object} cassia.admin.TableStats.$Properties
             * @property {string|null} [tableId] TableStats tableId
             * @property {Array.<cassia.admin.SSTableLevel.$Properties>|null} [levels] TableStats levels
             * @property {Long|null} [reads] TableStats reads
             * @property {Long|null} [writes] TableStats writes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TableStats.
             * @memberof cassia.admin
             * @interface ITableStats
             * @augments cassia.admin.TableStats.$Properties
             * @deprecated Use cassia.admin.TableStats.$Properties instead.
             */

            /**
             * Shape of a TableStats.
             * @typedef {cassia.admin.TableStats.$Properties} cassia.admin.TableStats.$Shape
             */

            /**
             * Constructs a new TableStats.
             * @memberof cassia.admin
             * @classdesc Represents a TableStats.
             * @constructor
             * @param {cassia.admin.TableStats.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TableStats = function (properties) {
                this.levels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TableStats tableId.
             * @member {string} tableId
             * @memberof cassia.admin.TableStats
             * @instance
             */
            TableStats.prototype.tableId = "";

            /**
             * TableStats levels.
             * @member {Array.<cassia.admin.SSTableLevel.$Properties>} levels
             * @memberof cassia.admin.TableStats
             * @instance
             */
            TableStats.prototype.levels = $util.emptyArray;

            /**
             * TableStats reads.
             * @member {Long} reads
             * @memberof cassia.admin.TableStats
             * @instance
             */
            TableStats.prototype.reads = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TableStats writes.
             * @member {Long} writes
             * @memberof cassia.admin.TableStats
             * @instance
             */
            TableStats.prototype.writes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified TableStats message. Does not implicitly {@link cassia.admin.TableStats.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.TableStats
             * @static
             * @param {cassia.admin.TableStats.$Properties} message TableStats message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TableStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tableId != null && $Object.hasOwnProperty.call(message, "tableId") && message.tableId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.tableId);
                if (message.levels != null && message.levels.length)
                    for (let i = 0; i < message.levels.length; ++i)
                        $root.cassia.admin.SSTableLevel.encode(message.levels[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.reads != null && $Object.hasOwnProperty.call(message, "reads") && (typeof message.reads === "object" ? message.reads.low || message.reads.high : message.reads !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.reads);
                if (message.writes != null && $Object.hasOwnProperty.call(message, "writes") && (typeof message.writes === "object" ? message.writes.low || message.writes.high : message.writes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.writes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TableStats message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.TableStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.TableStats & cassia.admin.TableStats.$Shape} TableStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TableStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.TableStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tableId = value;
                            else
                                delete message.tableId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.levels && message.levels.length))
                                message.levels = [];
                            message.levels.push($root.cassia.admin.SSTableLevel.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.reads = value;
                            else
                                delete message.reads;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.writes = value;
                            else
                                delete message.writes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return TableStats;
        })();

        admin.RunningCompaction = (function() {

            /**
             * Properties of a RunningCompaction.
             * @typedef {Object} cassia.admin.RunningCompaction.$Properties
             * @property {string|null} [tableId] RunningCompaction tableId
             * @property {Long|null} [startedAtMs] RunningCompaction startedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunningCompaction.
             * @memberof cassia.admin
             * @interface IRunningCompaction
             * @augments cassia.admin.RunningCompaction.$Properties
             * @deprecated Use cassia.admin.RunningCompaction.$Properties instead.
             */

            /**
             * Shape of a RunningCompaction.
             * @typedef {cassia.admin.RunningCompaction.$Properties} cassia.admin.RunningCompaction.$Shape
             */

            /**
             * Constructs a new RunningCompaction.
             * @memberof cassia.admin
             * @classdesc Represents a RunningCompaction.
             * @constructor
             * @param {cassia.admin.RunningCompaction.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunningCompaction = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunningCompaction tableId.
             * @member {string} tableId
             * @memberof cassia.admin.RunningCompaction
             * @instance
             */
            RunningCompaction.prototype.tableId = "";

            /**
             * RunningCompaction startedAtMs.
             * @member {Long} startedAtMs
             * @memberof cassia.admin.RunningCompaction
             * @instance
             */
            RunningCompaction.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified RunningCompaction message. Does not implicitly {@link cassia.admin.RunningCompaction.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.RunningCompaction
             * @static
             * @param {cassia.admin.RunningCompaction.$Properties} message RunningCompaction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunningCompaction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tableId != null && $Object.hasOwnProperty.call(message, "tableId") && message.tableId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.tableId);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.startedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunningCompaction message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.RunningCompaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.RunningCompaction & cassia.admin.RunningCompaction.$Shape} RunningCompaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunningCompaction.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.RunningCompaction();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tableId = value;
                            else
                                delete message.tableId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RunningCompaction;
        })();

        admin.CompactionInfo = (function() {

            /**
             * Properties of a CompactionInfo.
             * @typedef {Object} cassia.admin.CompactionInfo.$Properties
             * @property {Long|null} [completed] CompactionInfo completed
             * @property {number|null} [running] CompactionInfo running
             * @property {number|null} [pending] CompactionInfo pending
             * @property {Long|null} [bytesRead] CompactionInfo bytesRead
             * @property {Long|null} [bytesWritten] CompactionInfo bytesWritten
             * @property {Long|null} [tombstonesPurged] CompactionInfo tombstonesPurged
             * @property {Array.<cassia.admin.RunningCompaction.$Properties>|null} [major] CompactionInfo major
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompactionInfo.
             * @memberof cassia.admin
             * @interface ICompactionInfo
             * @augments cassia.admin.CompactionInfo.$Properties
             * @deprecated Use cassia.admin.CompactionInfo.$Properties instead.
             */

            /**
             * Shape of a CompactionInfo.
             * @typedef {cassia.admin.CompactionInfo.$Properties} cassia.admin.CompactionInfo.$Shape
             */

            /**
             * Constructs a new CompactionInfo.
             * @memberof cassia.admin
             * @classdesc Represents a CompactionInfo.
             * @constructor
             * @param {cassia.admin.CompactionInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompactionInfo = function (properties) {
                this.major = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompactionInfo completed.
             * @member {Long} completed
             * @memberof cassia.admin.CompactionInfo
             * @instance
             */
            CompactionInfo.prototype.completed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CompactionInfo running.
             * @member {number} running
             * @memberof cassia.admin.CompactionInfo
             * @instance
             */
            CompactionInfo.prototype.running = 0;

            /**
             * CompactionInfo pending.
             * @member {number} pending
             * @memberof cassia.admin.CompactionInfo
             * @instance
             */
            CompactionInfo.prototype.pending = 0;

            /**
             * CompactionInfo bytesRead.
             * @member {Long} bytesRead
             * @memberof cassia.admin.CompactionInfo
             * @instance
             */
            CompactionInfo.prototype.bytesRead = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CompactionInfo bytesWritten.
             * @member {Long} bytesWritten
             * @memberof cassia.admin.CompactionInfo
             * @instance
             */
            CompactionInfo.prototype.bytesWritten = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CompactionInfo tombstonesPurged.
             * @member {Long} tombstonesPurged
             * @memberof cassia.admin.CompactionInfo
             * @instance
             */
            CompactionInfo.prototype.tombstonesPurged = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CompactionInfo major.
             * @member {Array.<cassia.admin.RunningCompaction.$Properties>} major
             * @memberof cassia.admin.CompactionInfo
             * @instance
             */
            CompactionInfo.prototype.major = $util.emptyArray;

            /**
             * Encodes the specified CompactionInfo message. Does not implicitly {@link cassia.admin.CompactionInfo.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.CompactionInfo
             * @static
             * @param {cassia.admin.CompactionInfo.$Properties} message CompactionInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompactionInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.completed != null && $Object.hasOwnProperty.call(message, "completed") && (typeof message.completed === "object" ? message.completed.low || message.completed.high : message.completed !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.completed);
                if (message.running != null && $Object.hasOwnProperty.call(message, "running") && message.running !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.running);
                if (message.pending != null && $Object.hasOwnProperty.call(message, "pending") && message.pending !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pending);
                if (message.bytesRead != null && $Object.hasOwnProperty.call(message, "bytesRead") && (typeof message.bytesRead === "object" ? message.bytesRead.low || message.bytesRead.high : message.bytesRead !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.bytesRead);
                if (message.bytesWritten != null && $Object.hasOwnProperty.call(message, "bytesWritten") && (typeof message.bytesWritten === "object" ? message.bytesWritten.low || message.bytesWritten.high : message.bytesWritten !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.bytesWritten);
                if (message.tombstonesPurged != null && $Object.hasOwnProperty.call(message, "tombstonesPurged") && (typeof message.tombstonesPurged === "object" ? message.tombstonesPurged.low || message.tombstonesPurged.high : message.tombstonesPurged !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.tombstonesPurged);
                if (message.major != null && message.major.length)
                    for (let i = 0; i < message.major.length; ++i)
                        $root.cassia.admin.RunningCompaction.encode(message.major[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompactionInfo message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.CompactionInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.CompactionInfo & cassia.admin.CompactionInfo.$Shape} CompactionInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompactionInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.CompactionInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.completed = value;
                            else
                                delete message.completed;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.running = value;
                            else
                                delete message.running;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pending = value;
                            else
                                delete message.pending;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesRead = value;
                            else
                                delete message.bytesRead;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesWritten = value;
                            else
                                delete message.bytesWritten;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.tombstonesPurged = value;
                            else
                                delete message.tombstonesPurged;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.major && message.major.length))
                                message.major = [];
                            message.major.push($root.cassia.admin.RunningCompaction.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CompactionInfo;
        })();

        admin.NodeStats = (function() {

            /**
             * Properties of a NodeStats.
             * @typedef {Object} cassia.admin.NodeStats.$Properties
             * @property {string|null} [hostId] NodeStats hostId
             * @property {string|null} [name] NodeStats name
             * @property {string|null} [dc] NodeStats dc
             * @property {string|null} [rack] NodeStats rack
             * @property {Array.<Long>|null} [tokens] NodeStats tokens
             * @property {Long|null} [generation] NodeStats generation
             * @property {Long|null} [uptimeMs] NodeStats uptimeMs
             * @property {Long|null} [loadBytes] NodeStats loadBytes
             * @property {Long|null} [metadataEpoch] NodeStats metadataEpoch
             * @property {string|null} [address] NodeStats address
             * @property {number|null} [metricsPort] NodeStats metricsPort
             * @property {boolean|null} [gossipActive] NodeStats gossipActive
             * @property {Long|null} [heapUsedBytes] NodeStats heapUsedBytes
             * @property {Long|null} [heapTotalBytes] NodeStats heapTotalBytes
             * @property {Long|null} [rssBytes] NodeStats rssBytes
             * @property {Long|null} [memtableBytes] NodeStats memtableBytes
             * @property {Long|null} [memtablePartitions] NodeStats memtablePartitions
             * @property {number|null} [memtablesFlushing] NodeStats memtablesFlushing
             * @property {Long|null} [flushes] NodeStats flushes
             * @property {Long|null} [storageReads] NodeStats storageReads
             * @property {Long|null} [sstablesTouched] NodeStats sstablesTouched
             * @property {Long|null} [bloomChecks] NodeStats bloomChecks
             * @property {Long|null} [bloomNegatives] NodeStats bloomNegatives
             * @property {Long|null} [bloomFalsePositives] NodeStats bloomFalsePositives
             * @property {number|null} [quarantinedSstables] NodeStats quarantinedSstables
             * @property {Array.<cassia.admin.TableStats.$Properties>|null} [tables] NodeStats tables
             * @property {cassia.admin.CompactionInfo.$Properties|null} [compaction] NodeStats compaction
             * @property {string|null} [storageFailure] NodeStats storageFailure
             * @property {Long|null} [commitlogSegments] NodeStats commitlogSegments
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeStats.
             * @memberof cassia.admin
             * @interface INodeStats
             * @augments cassia.admin.NodeStats.$Properties
             * @deprecated Use cassia.admin.NodeStats.$Properties instead.
             */

            /**
             * Shape of a NodeStats.
             * @typedef {cassia.admin.NodeStats.$Properties} cassia.admin.NodeStats.$Shape
             */

            /**
             * Constructs a new NodeStats.
             * @memberof cassia.admin
             * @classdesc Represents a NodeStats.
             * @constructor
             * @param {cassia.admin.NodeStats.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeStats = function (properties) {
                this.tokens = [];
                this.tables = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeStats hostId.
             * @member {string} hostId
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.hostId = "";

            /**
             * NodeStats name.
             * @member {string} name
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.name = "";

            /**
             * NodeStats dc.
             * @member {string} dc
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.dc = "";

            /**
             * NodeStats rack.
             * @member {string} rack
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.rack = "";

            /**
             * NodeStats tokens.
             * @member {Array.<Long>} tokens
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.tokens = $util.emptyArray;

            /**
             * NodeStats generation.
             * @member {Long} generation
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats uptimeMs.
             * @member {Long} uptimeMs
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats loadBytes.
             * @member {Long} loadBytes
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.loadBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats metadataEpoch.
             * @member {Long} metadataEpoch
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.metadataEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats address.
             * @member {string} address
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.address = "";

            /**
             * NodeStats metricsPort.
             * @member {number} metricsPort
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.metricsPort = 0;

            /**
             * NodeStats gossipActive.
             * @member {boolean} gossipActive
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.gossipActive = false;

            /**
             * NodeStats heapUsedBytes.
             * @member {Long} heapUsedBytes
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.heapUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats heapTotalBytes.
             * @member {Long} heapTotalBytes
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.heapTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats rssBytes.
             * @member {Long} rssBytes
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.rssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats memtableBytes.
             * @member {Long} memtableBytes
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.memtableBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats memtablePartitions.
             * @member {Long} memtablePartitions
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.memtablePartitions = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats memtablesFlushing.
             * @member {number} memtablesFlushing
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.memtablesFlushing = 0;

            /**
             * NodeStats flushes.
             * @member {Long} flushes
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.flushes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats storageReads.
             * @member {Long} storageReads
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.storageReads = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats sstablesTouched.
             * @member {Long} sstablesTouched
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.sstablesTouched = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats bloomChecks.
             * @member {Long} bloomChecks
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.bloomChecks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats bloomNegatives.
             * @member {Long} bloomNegatives
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.bloomNegatives = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats bloomFalsePositives.
             * @member {Long} bloomFalsePositives
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.bloomFalsePositives = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeStats quarantinedSstables.
             * @member {number} quarantinedSstables
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.quarantinedSstables = 0;

            /**
             * NodeStats tables.
             * @member {Array.<cassia.admin.TableStats.$Properties>} tables
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.tables = $util.emptyArray;

            /**
             * NodeStats compaction.
             * @member {cassia.admin.CompactionInfo.$Properties|null|undefined} compaction
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.compaction = null;

            /**
             * NodeStats storageFailure.
             * @member {string} storageFailure
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.storageFailure = "";

            /**
             * NodeStats commitlogSegments.
             * @member {Long} commitlogSegments
             * @memberof cassia.admin.NodeStats
             * @instance
             */
            NodeStats.prototype.commitlogSegments = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified NodeStats message. Does not implicitly {@link cassia.admin.NodeStats.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.NodeStats
             * @static
             * @param {cassia.admin.NodeStats.$Properties} message NodeStats message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.dc != null && $Object.hasOwnProperty.call(message, "dc") && message.dc !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.dc);
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack") && message.rack !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.rack);
                if (message.tokens != null && message.tokens.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).sint64s(message.tokens);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.generation);
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs") && (typeof message.uptimeMs === "object" ? message.uptimeMs.low || message.uptimeMs.high : message.uptimeMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.uptimeMs);
                if (message.loadBytes != null && $Object.hasOwnProperty.call(message, "loadBytes") && (typeof message.loadBytes === "object" ? message.loadBytes.low || message.loadBytes.high : message.loadBytes !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.loadBytes);
                if (message.metadataEpoch != null && $Object.hasOwnProperty.call(message, "metadataEpoch") && (typeof message.metadataEpoch === "object" ? message.metadataEpoch.low || message.metadataEpoch.high : message.metadataEpoch !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.metadataEpoch);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.address);
                if (message.metricsPort != null && $Object.hasOwnProperty.call(message, "metricsPort") && message.metricsPort !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.metricsPort);
                if (message.gossipActive != null && $Object.hasOwnProperty.call(message, "gossipActive") && message.gossipActive !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.gossipActive);
                if (message.heapUsedBytes != null && $Object.hasOwnProperty.call(message, "heapUsedBytes") && (typeof message.heapUsedBytes === "object" ? message.heapUsedBytes.low || message.heapUsedBytes.high : message.heapUsedBytes !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.heapUsedBytes);
                if (message.heapTotalBytes != null && $Object.hasOwnProperty.call(message, "heapTotalBytes") && (typeof message.heapTotalBytes === "object" ? message.heapTotalBytes.low || message.heapTotalBytes.high : message.heapTotalBytes !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.heapTotalBytes);
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes") && (typeof message.rssBytes === "object" ? message.rssBytes.low || message.rssBytes.high : message.rssBytes !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.rssBytes);
                if (message.memtableBytes != null && $Object.hasOwnProperty.call(message, "memtableBytes") && (typeof message.memtableBytes === "object" ? message.memtableBytes.low || message.memtableBytes.high : message.memtableBytes !== 0))
                    writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.memtableBytes);
                if (message.memtablePartitions != null && $Object.hasOwnProperty.call(message, "memtablePartitions") && (typeof message.memtablePartitions === "object" ? message.memtablePartitions.low || message.memtablePartitions.high : message.memtablePartitions !== 0))
                    writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.memtablePartitions);
                if (message.memtablesFlushing != null && $Object.hasOwnProperty.call(message, "memtablesFlushing") && message.memtablesFlushing !== 0)
                    writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.memtablesFlushing);
                if (message.flushes != null && $Object.hasOwnProperty.call(message, "flushes") && (typeof message.flushes === "object" ? message.flushes.low || message.flushes.high : message.flushes !== 0))
                    writer.uint32(/* id 19, wireType 0 =*/152).uint64(message.flushes);
                if (message.storageReads != null && $Object.hasOwnProperty.call(message, "storageReads") && (typeof message.storageReads === "object" ? message.storageReads.low || message.storageReads.high : message.storageReads !== 0))
                    writer.uint32(/* id 20, wireType 0 =*/160).uint64(message.storageReads);
                if (message.sstablesTouched != null && $Object.hasOwnProperty.call(message, "sstablesTouched") && (typeof message.sstablesTouched === "object" ? message.sstablesTouched.low || message.sstablesTouched.high : message.sstablesTouched !== 0))
                    writer.uint32(/* id 21, wireType 0 =*/168).uint64(message.sstablesTouched);
                if (message.bloomChecks != null && $Object.hasOwnProperty.call(message, "bloomChecks") && (typeof message.bloomChecks === "object" ? message.bloomChecks.low || message.bloomChecks.high : message.bloomChecks !== 0))
                    writer.uint32(/* id 22, wireType 0 =*/176).uint64(message.bloomChecks);
                if (message.bloomNegatives != null && $Object.hasOwnProperty.call(message, "bloomNegatives") && (typeof message.bloomNegatives === "object" ? message.bloomNegatives.low || message.bloomNegatives.high : message.bloomNegatives !== 0))
                    writer.uint32(/* id 23, wireType 0 =*/184).uint64(message.bloomNegatives);
                if (message.bloomFalsePositives != null && $Object.hasOwnProperty.call(message, "bloomFalsePositives") && (typeof message.bloomFalsePositives === "object" ? message.bloomFalsePositives.low || message.bloomFalsePositives.high : message.bloomFalsePositives !== 0))
                    writer.uint32(/* id 24, wireType 0 =*/192).uint64(message.bloomFalsePositives);
                if (message.quarantinedSstables != null && $Object.hasOwnProperty.call(message, "quarantinedSstables") && message.quarantinedSstables !== 0)
                    writer.uint32(/* id 25, wireType 0 =*/200).uint32(message.quarantinedSstables);
                if (message.tables != null && message.tables.length)
                    for (let i = 0; i < message.tables.length; ++i)
                        $root.cassia.admin.TableStats.encode(message.tables[i], writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.compaction != null && $Object.hasOwnProperty.call(message, "compaction"))
                    $root.cassia.admin.CompactionInfo.encode(message.compaction, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.storageFailure != null && $Object.hasOwnProperty.call(message, "storageFailure") && message.storageFailure !== "")
                    writer.uint32(/* id 28, wireType 2 =*/226).string(message.storageFailure);
                if (message.commitlogSegments != null && $Object.hasOwnProperty.call(message, "commitlogSegments") && (typeof message.commitlogSegments === "object" ? message.commitlogSegments.low || message.commitlogSegments.high : message.commitlogSegments !== 0))
                    writer.uint32(/* id 29, wireType 0 =*/232).uint64(message.commitlogSegments);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeStats message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.NodeStats
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.NodeStats & cassia.admin.NodeStats.$Shape} NodeStats
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.NodeStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostId = value;
                            else
                                delete message.hostId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dc = value;
                            else
                                delete message.dc;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rack = value;
                            else
                                delete message.rack;
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.tokens && message.tokens.length))
                                    message.tokens = [];
                                reader.sint64s(message.tokens);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.tokens && message.tokens.length))
                                message.tokens = [];
                            message.tokens.push(reader.sint64());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.generation = value;
                            else
                                delete message.generation;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeMs = value;
                            else
                                delete message.uptimeMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.loadBytes = value;
                            else
                                delete message.loadBytes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.metadataEpoch = value;
                            else
                                delete message.metadataEpoch;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.metricsPort = value;
                            else
                                delete message.metricsPort;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.gossipActive = value;
                            else
                                delete message.gossipActive;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.heapUsedBytes = value;
                            else
                                delete message.heapUsedBytes;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.heapTotalBytes = value;
                            else
                                delete message.heapTotalBytes;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rssBytes = value;
                            else
                                delete message.rssBytes;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memtableBytes = value;
                            else
                                delete message.memtableBytes;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memtablePartitions = value;
                            else
                                delete message.memtablePartitions;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memtablesFlushing = value;
                            else
                                delete message.memtablesFlushing;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.flushes = value;
                            else
                                delete message.flushes;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.storageReads = value;
                            else
                                delete message.storageReads;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sstablesTouched = value;
                            else
                                delete message.sstablesTouched;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bloomChecks = value;
                            else
                                delete message.bloomChecks;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bloomNegatives = value;
                            else
                                delete message.bloomNegatives;
                            continue;
                        }
                    case 24: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bloomFalsePositives = value;
                            else
                                delete message.bloomFalsePositives;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quarantinedSstables = value;
                            else
                                delete message.quarantinedSstables;
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tables && message.tables.length))
                                message.tables = [];
                            message.tables.push($root.cassia.admin.TableStats.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.compaction = $root.cassia.admin.CompactionInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.compaction);
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.storageFailure = value;
                            else
                                delete message.storageFailure;
                            continue;
                        }
                    case 29: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commitlogSegments = value;
                            else
                                delete message.commitlogSegments;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NodeStats;
        })();

        admin.FlushResult = (function() {

            /**
             * Properties of a FlushResult.
             * @typedef {Object} cassia.admin.FlushResult.$Properties
             * @property {Array.<string>|null} [tableIds] FlushResult tableIds
             * @property {Long|null} [durationMs] FlushResult durationMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FlushResult.
             * @memberof cassia.admin
             * @interface IFlushResult
             * @augments cassia.admin.FlushResult.$Properties
             * @deprecated Use cassia.admin.FlushResult.$Properties instead.
             */

            /**
             * Shape of a FlushResult.
             * @typedef {cassia.admin.FlushResult.$Properties} cassia.admin.FlushResult.$Shape
             */

            /**
             * Constructs a new FlushResult.
             * @memberof cassia.admin
             * @classdesc Represents a FlushResult.
             * @constructor
             * @param {cassia.admin.FlushResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FlushResult = function (properties) {
                this.tableIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FlushResult tableIds.
             * @member {Array.<string>} tableIds
             * @memberof cassia.admin.FlushResult
             * @instance
             */
            FlushResult.prototype.tableIds = $util.emptyArray;

            /**
             * FlushResult durationMs.
             * @member {Long} durationMs
             * @memberof cassia.admin.FlushResult
             * @instance
             */
            FlushResult.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified FlushResult message. Does not implicitly {@link cassia.admin.FlushResult.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.FlushResult
             * @static
             * @param {cassia.admin.FlushResult.$Properties} message FlushResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FlushResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tableIds != null && message.tableIds.length)
                    for (let i = 0; i < message.tableIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.tableIds[i]);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.durationMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FlushResult message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.FlushResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.FlushResult & cassia.admin.FlushResult.$Shape} FlushResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FlushResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.FlushResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tableIds && message.tableIds.length))
                                message.tableIds = [];
                            message.tableIds.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return FlushResult;
        })();

        admin.CompactResult = (function() {

            /**
             * Properties of a CompactResult.
             * @typedef {Object} cassia.admin.CompactResult.$Properties
             * @property {Array.<string>|null} [tableIds] CompactResult tableIds
             * @property {Long|null} [durationMs] CompactResult durationMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CompactResult.
             * @memberof cassia.admin
             * @interface ICompactResult
             * @augments cassia.admin.CompactResult.$Properties
             * @deprecated Use cassia.admin.CompactResult.$Properties instead.
             */

            /**
             * Shape of a CompactResult.
             * @typedef {cassia.admin.CompactResult.$Properties} cassia.admin.CompactResult.$Shape
             */

            /**
             * Constructs a new CompactResult.
             * @memberof cassia.admin
             * @classdesc Represents a CompactResult.
             * @constructor
             * @param {cassia.admin.CompactResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CompactResult = function (properties) {
                this.tableIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CompactResult tableIds.
             * @member {Array.<string>} tableIds
             * @memberof cassia.admin.CompactResult
             * @instance
             */
            CompactResult.prototype.tableIds = $util.emptyArray;

            /**
             * CompactResult durationMs.
             * @member {Long} durationMs
             * @memberof cassia.admin.CompactResult
             * @instance
             */
            CompactResult.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified CompactResult message. Does not implicitly {@link cassia.admin.CompactResult.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.CompactResult
             * @static
             * @param {cassia.admin.CompactResult.$Properties} message CompactResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompactResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tableIds != null && message.tableIds.length)
                    for (let i = 0; i < message.tableIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.tableIds[i]);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.durationMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CompactResult message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.CompactResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.CompactResult & cassia.admin.CompactResult.$Shape} CompactResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompactResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.CompactResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tableIds && message.tableIds.length))
                                message.tableIds = [];
                            message.tableIds.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CompactResult;
        })();

        admin.GossipApplicationState = (function() {

            /**
             * Properties of a GossipApplicationState.
             * @typedef {Object} cassia.admin.GossipApplicationState.$Properties
             * @property {string|null} [key] GossipApplicationState key
             * @property {string|null} [value] GossipApplicationState value
             * @property {Long|null} [version] GossipApplicationState version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GossipApplicationState.
             * @memberof cassia.admin
             * @interface IGossipApplicationState
             * @augments cassia.admin.GossipApplicationState.$Properties
             * @deprecated Use cassia.admin.GossipApplicationState.$Properties instead.
             */

            /**
             * Shape of a GossipApplicationState.
             * @typedef {cassia.admin.GossipApplicationState.$Properties} cassia.admin.GossipApplicationState.$Shape
             */

            /**
             * Constructs a new GossipApplicationState.
             * @memberof cassia.admin
             * @classdesc Represents a GossipApplicationState.
             * @constructor
             * @param {cassia.admin.GossipApplicationState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GossipApplicationState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GossipApplicationState key.
             * @member {string} key
             * @memberof cassia.admin.GossipApplicationState
             * @instance
             */
            GossipApplicationState.prototype.key = "";

            /**
             * GossipApplicationState value.
             * @member {string} value
             * @memberof cassia.admin.GossipApplicationState
             * @instance
             */
            GossipApplicationState.prototype.value = "";

            /**
             * GossipApplicationState version.
             * @member {Long} version
             * @memberof cassia.admin.GossipApplicationState
             * @instance
             */
            GossipApplicationState.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified GossipApplicationState message. Does not implicitly {@link cassia.admin.GossipApplicationState.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.GossipApplicationState
             * @static
             * @param {cassia.admin.GossipApplicationState.$Properties} message GossipApplicationState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GossipApplicationState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GossipApplicationState message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.GossipApplicationState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.GossipApplicationState & cassia.admin.GossipApplicationState.$Shape} GossipApplicationState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GossipApplicationState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.GossipApplicationState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GossipApplicationState;
        })();

        admin.GossipEndpoint = (function() {

            /**
             * Properties of a GossipEndpoint.
             * @typedef {Object} cassia.admin.GossipEndpoint.$Properties
             * @property {string|null} [endpoint] GossipEndpoint endpoint
             * @property {Long|null} [generation] GossipEndpoint generation
             * @property {Long|null} [heartbeat] GossipEndpoint heartbeat
             * @property {Long|null} [maxVersion] GossipEndpoint maxVersion
             * @property {boolean|null} [alive] GossipEndpoint alive
             * @property {number|null} [phi] GossipEndpoint phi
             * @property {Array.<cassia.admin.GossipApplicationState.$Properties>|null} [states] GossipEndpoint states
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GossipEndpoint.
             * @memberof cassia.admin
             * @interface IGossipEndpoint
             * @augments cassia.admin.GossipEndpoint.$Properties
             * @deprecated Use cassia.admin.GossipEndpoint.$Properties instead.
             */

            /**
             * Shape of a GossipEndpoint.
             * @typedef {cassia.admin.GossipEndpoint.$Properties} cassia.admin.GossipEndpoint.$Shape
             */

            /**
             * Constructs a new GossipEndpoint.
             * @memberof cassia.admin
             * @classdesc Represents a GossipEndpoint.
             * @constructor
             * @param {cassia.admin.GossipEndpoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GossipEndpoint = function (properties) {
                this.states = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GossipEndpoint endpoint.
             * @member {string} endpoint
             * @memberof cassia.admin.GossipEndpoint
             * @instance
             */
            GossipEndpoint.prototype.endpoint = "";

            /**
             * GossipEndpoint generation.
             * @member {Long} generation
             * @memberof cassia.admin.GossipEndpoint
             * @instance
             */
            GossipEndpoint.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GossipEndpoint heartbeat.
             * @member {Long} heartbeat
             * @memberof cassia.admin.GossipEndpoint
             * @instance
             */
            GossipEndpoint.prototype.heartbeat = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GossipEndpoint maxVersion.
             * @member {Long} maxVersion
             * @memberof cassia.admin.GossipEndpoint
             * @instance
             */
            GossipEndpoint.prototype.maxVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GossipEndpoint alive.
             * @member {boolean} alive
             * @memberof cassia.admin.GossipEndpoint
             * @instance
             */
            GossipEndpoint.prototype.alive = false;

            /**
             * GossipEndpoint phi.
             * @member {number} phi
             * @memberof cassia.admin.GossipEndpoint
             * @instance
             */
            GossipEndpoint.prototype.phi = 0;

            /**
             * GossipEndpoint states.
             * @member {Array.<cassia.admin.GossipApplicationState.$Properties>} states
             * @memberof cassia.admin.GossipEndpoint
             * @instance
             */
            GossipEndpoint.prototype.states = $util.emptyArray;

            /**
             * Encodes the specified GossipEndpoint message. Does not implicitly {@link cassia.admin.GossipEndpoint.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.GossipEndpoint
             * @static
             * @param {cassia.admin.GossipEndpoint.$Properties} message GossipEndpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GossipEndpoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.endpoint);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.generation);
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat") && (typeof message.heartbeat === "object" ? message.heartbeat.low || message.heartbeat.high : message.heartbeat !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.heartbeat);
                if (message.maxVersion != null && $Object.hasOwnProperty.call(message, "maxVersion") && (typeof message.maxVersion === "object" ? message.maxVersion.low || message.maxVersion.high : message.maxVersion !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.maxVersion);
                if (message.alive != null && $Object.hasOwnProperty.call(message, "alive") && message.alive !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.alive);
                if (message.phi != null && $Object.hasOwnProperty.call(message, "phi") && !$Object.is(message.phi, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.phi);
                if (message.states != null && message.states.length)
                    for (let i = 0; i < message.states.length; ++i)
                        $root.cassia.admin.GossipApplicationState.encode(message.states[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GossipEndpoint message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.GossipEndpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.GossipEndpoint & cassia.admin.GossipEndpoint.$Shape} GossipEndpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GossipEndpoint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.GossipEndpoint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.endpoint = value;
                            else
                                delete message.endpoint;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.generation = value;
                            else
                                delete message.generation;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.heartbeat = value;
                            else
                                delete message.heartbeat;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxVersion = value;
                            else
                                delete message.maxVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.alive = value;
                            else
                                delete message.alive;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.phi = value;
                            else
                                delete message.phi;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.states && message.states.length))
                                message.states = [];
                            message.states.push($root.cassia.admin.GossipApplicationState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GossipEndpoint;
        })();

        admin.GossipInfo = (function() {

            /**
             * Properties of a GossipInfo.
             * @typedef {Object} cassia.admin.GossipInfo.$Properties
             * @property {string|null} [observer] GossipInfo observer
             * @property {Array.<cassia.admin.GossipEndpoint.$Properties>|null} [endpoints] GossipInfo endpoints
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GossipInfo.
             * @memberof cassia.admin
             * @interface IGossipInfo
             * @augments cassia.admin.GossipInfo.$Properties
             * @deprecated Use cassia.admin.GossipInfo.$Properties instead.
             */

            /**
             * Shape of a GossipInfo.
             * @typedef {cassia.admin.GossipInfo.$Properties} cassia.admin.GossipInfo.$Shape
             */

            /**
             * Constructs a new GossipInfo.
             * @memberof cassia.admin
             * @classdesc Represents a GossipInfo.
             * @constructor
             * @param {cassia.admin.GossipInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GossipInfo = function (properties) {
                this.endpoints = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GossipInfo observer.
             * @member {string} observer
             * @memberof cassia.admin.GossipInfo
             * @instance
             */
            GossipInfo.prototype.observer = "";

            /**
             * GossipInfo endpoints.
             * @member {Array.<cassia.admin.GossipEndpoint.$Properties>} endpoints
             * @memberof cassia.admin.GossipInfo
             * @instance
             */
            GossipInfo.prototype.endpoints = $util.emptyArray;

            /**
             * Encodes the specified GossipInfo message. Does not implicitly {@link cassia.admin.GossipInfo.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.GossipInfo
             * @static
             * @param {cassia.admin.GossipInfo.$Properties} message GossipInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GossipInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.observer != null && $Object.hasOwnProperty.call(message, "observer") && message.observer !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.observer);
                if (message.endpoints != null && message.endpoints.length)
                    for (let i = 0; i < message.endpoints.length; ++i)
                        $root.cassia.admin.GossipEndpoint.encode(message.endpoints[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GossipInfo message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.GossipInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.GossipInfo & cassia.admin.GossipInfo.$Shape} GossipInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GossipInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.GossipInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.observer = value;
                            else
                                delete message.observer;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endpoints && message.endpoints.length))
                                message.endpoints = [];
                            message.endpoints.push($root.cassia.admin.GossipEndpoint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GossipInfo;
        })();

        admin.AdminResponse = (function() {

            /**
             * Properties of an AdminResponse.
             * @typedef {Object} cassia.admin.AdminResponse.$Properties
             * @property {cassia.admin.AdminError.$Properties|null} [error] AdminResponse error
             * @property {cassia.admin.NodeStats.$Properties|null} [stats] AdminResponse stats
             * @property {cassia.admin.FlushResult.$Properties|null} [flush] AdminResponse flush
             * @property {cassia.admin.CompactResult.$Properties|null} [compact] AdminResponse compact
             * @property {cassia.admin.GossipInfo.$Properties|null} [gossipInfo] AdminResponse gossipInfo
             * @property {"stats"|"flush"|"compact"|"gossipInfo"} [result] AdminResponse result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdminResponse.
             * @memberof cassia.admin
             * @interface IAdminResponse
             * @augments cassia.admin.AdminResponse.$Properties
             * @deprecated Use cassia.admin.AdminResponse.$Properties instead.
             */

            /**
             * Narrowed shape of an AdminResponse.
             * @typedef {{
             *   error?: cassia.admin.AdminError.$Shape|null;
             *   stats?: cassia.admin.NodeStats.$Shape|null;
             *   flush?: cassia.admin.FlushResult.$Shape|null;
             *   compact?: cassia.admin.CompactResult.$Shape|null;
             *   gossipInfo?: cassia.admin.GossipInfo.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; stats?: null; flush?: null; compact?: null; gossipInfo?: null }|{ result?: "stats"; stats: cassia.admin.NodeStats.$Shape; flush?: null; compact?: null; gossipInfo?: null }|{ result?: "flush"; stats?: null; flush: cassia.admin.FlushResult.$Shape; compact?: null; gossipInfo?: null }|{ result?: "compact"; stats?: null; flush?: null; compact: cassia.admin.CompactResult.$Shape; gossipInfo?: null }|{ result?: "gossipInfo"; stats?: null; flush?: null; compact?: null; gossipInfo: cassia.admin.GossipInfo.$Shape })
             * )} cassia.admin.AdminResponse.$Shape
             */

            /**
             * Constructs a new AdminResponse.
             * @memberof cassia.admin
             * @classdesc Represents an AdminResponse.
             * @constructor
             * @param {cassia.admin.AdminResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdminResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdminResponse error.
             * @member {cassia.admin.AdminError.$Properties|null|undefined} error
             * @memberof cassia.admin.AdminResponse
             * @instance
             */
            AdminResponse.prototype.error = null;

            /**
             * AdminResponse stats.
             * @member {cassia.admin.NodeStats.$Properties|null|undefined} stats
             * @memberof cassia.admin.AdminResponse
             * @instance
             */
            AdminResponse.prototype.stats = null;

            /**
             * AdminResponse flush.
             * @member {cassia.admin.FlushResult.$Properties|null|undefined} flush
             * @memberof cassia.admin.AdminResponse
             * @instance
             */
            AdminResponse.prototype.flush = null;

            /**
             * AdminResponse compact.
             * @member {cassia.admin.CompactResult.$Properties|null|undefined} compact
             * @memberof cassia.admin.AdminResponse
             * @instance
             */
            AdminResponse.prototype.compact = null;

            /**
             * AdminResponse gossipInfo.
             * @member {cassia.admin.GossipInfo.$Properties|null|undefined} gossipInfo
             * @memberof cassia.admin.AdminResponse
             * @instance
             */
            AdminResponse.prototype.gossipInfo = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AdminResponse result.
             * @member {"stats"|"flush"|"compact"|"gossipInfo"|undefined} result
             * @memberof cassia.admin.AdminResponse
             * @instance
             */
            $Object.defineProperty(AdminResponse.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["stats", "flush", "compact", "gossipInfo"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified AdminResponse message. Does not implicitly {@link cassia.admin.AdminResponse.verify|verify} messages.
             * @function encode
             * @memberof cassia.admin.AdminResponse
             * @static
             * @param {cassia.admin.AdminResponse.$Properties} message AdminResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdminResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.cassia.admin.AdminError.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                    $root.cassia.admin.NodeStats.encode(message.stats, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.flush != null && $Object.hasOwnProperty.call(message, "flush"))
                    $root.cassia.admin.FlushResult.encode(message.flush, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.compact != null && $Object.hasOwnProperty.call(message, "compact"))
                    $root.cassia.admin.CompactResult.encode(message.compact, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.gossipInfo != null && $Object.hasOwnProperty.call(message, "gossipInfo"))
                    $root.cassia.admin.GossipInfo.encode(message.gossipInfo, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdminResponse message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.admin.AdminResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.admin.AdminResponse & cassia.admin.AdminResponse.$Shape} AdminResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdminResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.admin.AdminResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.cassia.admin.AdminError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.stats = $root.cassia.admin.NodeStats.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                            message.result = "stats";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.flush = $root.cassia.admin.FlushResult.decode(reader, reader.size(), $undefined, _depth + 1, message.flush);
                            message.result = "flush";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.compact = $root.cassia.admin.CompactResult.decode(reader, reader.size(), $undefined, _depth + 1, message.compact);
                            message.result = "compact";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.gossipInfo = $root.cassia.admin.GossipInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.gossipInfo);
                            message.result = "gossipInfo";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AdminResponse;
        })();

        return admin;
    })();

    cassia.cluster = (function() {

        /**
         * Namespace cluster.
         * @memberof cassia
         * @namespace
         */
        const cluster = {};

        cluster.Column = (function() {

            /**
             * Properties of a Column.
             * @typedef {Object} cassia.cluster.Column.$Properties
             * @property {string|null} [name] Column name
             * @property {string|null} [type] Column type
             * @property {string|null} [kind] Column kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Column.
             * @memberof cassia.cluster
             * @interface IColumn
             * @augments cassia.cluster.Column.$Properties
             * @deprecated Use cassia.cluster.Column.$Properties instead.
             */

            /**
             * Shape of a Column.
             * @typedef {cassia.cluster.Column.$Properties} cassia.cluster.Column.$Shape
             */

            /**
             * Constructs a new Column.
             * @memberof cassia.cluster
             * @classdesc Represents a Column.
             * @constructor
             * @param {cassia.cluster.Column.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Column = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Column name.
             * @member {string} name
             * @memberof cassia.cluster.Column
             * @instance
             */
            Column.prototype.name = "";

            /**
             * Column type.
             * @member {string} type
             * @memberof cassia.cluster.Column
             * @instance
             */
            Column.prototype.type = "";

            /**
             * Column kind.
             * @member {string} kind
             * @memberof cassia.cluster.Column
             * @instance
             */
            Column.prototype.kind = "";

            /**
             * Encodes the specified Column message. Does not implicitly {@link cassia.cluster.Column.verify|verify} messages.
             * @function encode
             * @memberof cassia.cluster.Column
             * @static
             * @param {cassia.cluster.Column.$Properties} message Column message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Column.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Column message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.cluster.Column
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.cluster.Column & cassia.cluster.Column.$Shape} Column
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Column.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.cluster.Column();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Column;
        })();

        cluster.Table = (function() {

            /**
             * Properties of a Table.
             * @typedef {Object} cassia.cluster.Table.$Properties
             * @property {string|null} [id] Table id
             * @property {string|null} [name] Table name
             * @property {Array.<cassia.cluster.Column.$Properties>|null} [columns] Table columns
             * @property {Array.<string>|null} [partitionKey] Table partitionKey
             * @property {Array.<string>|null} [clustering] Table clustering
             * @property {Array.<string>|null} [clusteringOrder] Table clusteringOrder
             * @property {string|null} [optionsJson] Table optionsJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Table.
             * @memberof cassia.cluster
             * @interface ITable
             * @augments cassia.cluster.Table.$Properties
             * @deprecated Use cassia.cluster.Table.$Properties instead.
             */

            /**
             * Shape of a Table.
             * @typedef {cassia.cluster.Table.$Properties} cassia.cluster.Table.$Shape
             */

            /**
             * Constructs a new Table.
             * @memberof cassia.cluster
             * @classdesc Represents a Table.
             * @constructor
             * @param {cassia.cluster.Table.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Table = function (properties) {
                this.columns = [];
                this.partitionKey = [];
                this.clustering = [];
                this.clusteringOrder = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Table id.
             * @member {string} id
             * @memberof cassia.cluster.Table
             * @instance
             */
            Table.prototype.id = "";

            /**
             * Table name.
             * @member {string} name
             * @memberof cassia.cluster.Table
             * @instance
             */
            Table.prototype.name = "";

            /**
             * Table columns.
             * @member {Array.<cassia.cluster.Column.$Properties>} columns
             * @memberof cassia.cluster.Table
             * @instance
             */
            Table.prototype.columns = $util.emptyArray;

            /**
             * Table partitionKey.
             * @member {Array.<string>} partitionKey
             * @memberof cassia.cluster.Table
             * @instance
             */
            Table.prototype.partitionKey = $util.emptyArray;

            /**
             * Table clustering.
             * @member {Array.<string>} clustering
             * @memberof cassia.cluster.Table
             * @instance
             */
            Table.prototype.clustering = $util.emptyArray;

            /**
             * Table clusteringOrder.
             * @member {Array.<string>} clusteringOrder
             * @memberof cassia.cluster.Table
             * @instance
             */
            Table.prototype.clusteringOrder = $util.emptyArray;

            /**
             * Table optionsJson.
             * @member {string} optionsJson
             * @memberof cassia.cluster.Table
             * @instance
             */
            Table.prototype.optionsJson = "";

            /**
             * Encodes the specified Table message. Does not implicitly {@link cassia.cluster.Table.verify|verify} messages.
             * @function encode
             * @memberof cassia.cluster.Table
             * @static
             * @param {cassia.cluster.Table.$Properties} message Table message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Table.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.columns != null && message.columns.length)
                    for (let i = 0; i < message.columns.length; ++i)
                        $root.cassia.cluster.Column.encode(message.columns[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.partitionKey != null && message.partitionKey.length)
                    for (let i = 0; i < message.partitionKey.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.partitionKey[i]);
                if (message.clustering != null && message.clustering.length)
                    for (let i = 0; i < message.clustering.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.clustering[i]);
                if (message.clusteringOrder != null && message.clusteringOrder.length)
                    for (let i = 0; i < message.clusteringOrder.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.clusteringOrder[i]);
                if (message.optionsJson != null && $Object.hasOwnProperty.call(message, "optionsJson") && message.optionsJson !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.optionsJson);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Table message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.cluster.Table
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.cluster.Table & cassia.cluster.Table.$Shape} Table
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Table.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.cluster.Table();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.columns && message.columns.length))
                                message.columns = [];
                            message.columns.push($root.cassia.cluster.Column.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitionKey && message.partitionKey.length))
                                message.partitionKey = [];
                            message.partitionKey.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.clustering && message.clustering.length))
                                message.clustering = [];
                            message.clustering.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.clusteringOrder && message.clusteringOrder.length))
                                message.clusteringOrder = [];
                            message.clusteringOrder.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.optionsJson = value;
                            else
                                delete message.optionsJson;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Table;
        })();

        cluster.Keyspace = (function() {

            /**
             * Properties of a Keyspace.
             * @typedef {Object} cassia.cluster.Keyspace.$Properties
             * @property {string|null} [name] Keyspace name
             * @property {Object.<string,string>|null} [replication] Keyspace replication
             * @property {boolean|null} [durableWrites] Keyspace durableWrites
             * @property {Object.<string,cassia.cluster.Table.$Properties>|null} [tables] Keyspace tables
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Keyspace.
             * @memberof cassia.cluster
             * @interface IKeyspace
             * @augments cassia.cluster.Keyspace.$Properties
             * @deprecated Use cassia.cluster.Keyspace.$Properties instead.
             */

            /**
             * Shape of a Keyspace.
             * @typedef {cassia.cluster.Keyspace.$Properties} cassia.cluster.Keyspace.$Shape
             */

            /**
             * Constructs a new Keyspace.
             * @memberof cassia.cluster
             * @classdesc Represents a Keyspace.
             * @constructor
             * @param {cassia.cluster.Keyspace.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Keyspace = function (properties) {
                this.replication = {};
                this.tables = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Keyspace name.
             * @member {string} name
             * @memberof cassia.cluster.Keyspace
             * @instance
             */
            Keyspace.prototype.name = "";

            /**
             * Keyspace replication.
             * @member {Object.<string,string>} replication
             * @memberof cassia.cluster.Keyspace
             * @instance
             */
            Keyspace.prototype.replication = $util.emptyObject;

            /**
             * Keyspace durableWrites.
             * @member {boolean} durableWrites
             * @memberof cassia.cluster.Keyspace
             * @instance
             */
            Keyspace.prototype.durableWrites = false;

            /**
             * Keyspace tables.
             * @member {Object.<string,cassia.cluster.Table.$Properties>} tables
             * @memberof cassia.cluster.Keyspace
             * @instance
             */
            Keyspace.prototype.tables = $util.emptyObject;

            /**
             * Encodes the specified Keyspace message. Does not implicitly {@link cassia.cluster.Keyspace.verify|verify} messages.
             * @function encode
             * @memberof cassia.cluster.Keyspace
             * @static
             * @param {cassia.cluster.Keyspace.$Properties} message Keyspace message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Keyspace.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.replication != null && $Object.hasOwnProperty.call(message, "replication"))
                    for (let keys = $Object.keys(message.replication), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.replication[keys[i]]).ldelim();
                if (message.durableWrites != null && $Object.hasOwnProperty.call(message, "durableWrites") && message.durableWrites !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.durableWrites);
                if (message.tables != null && $Object.hasOwnProperty.call(message, "tables"))
                    for (let keys = $Object.keys(message.tables), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.cassia.cluster.Table.encode(message.tables[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Keyspace message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.cluster.Keyspace
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.cluster.Keyspace & cassia.cluster.Keyspace.$Shape} Keyspace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Keyspace.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.cluster.Keyspace();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.replication === $util.emptyObject)
                                message.replication = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.replication, key);
                            message.replication[key] = value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.durableWrites = value;
                            else
                                delete message.durableWrites;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.tables === $util.emptyObject)
                                message.tables = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.cassia.cluster.Table.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.tables, key);
                            message.tables[key] = value || new $root.cassia.cluster.Table();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Keyspace;
        })();

        cluster.Member = (function() {

            /**
             * Properties of a Member.
             * @typedef {Object} cassia.cluster.Member.$Properties
             * @property {string|null} [hostId] Member hostId
             * @property {string|null} [name] Member name
             * @property {string|null} [dc] Member dc
             * @property {string|null} [rack] Member rack
             * @property {Array.<Long>|null} [tokens] Member tokens
             * @property {string|null} [status] Member status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Member.
             * @memberof cassia.cluster
             * @interface IMember
             * @augments cassia.cluster.Member.$Properties
             * @deprecated Use cassia.cluster.Member.$Properties instead.
             */

            /**
             * Shape of a Member.
             * @typedef {cassia.cluster.Member.$Properties} cassia.cluster.Member.$Shape
             */

            /**
             * Constructs a new Member.
             * @memberof cassia.cluster
             * @classdesc Represents a Member.
             * @constructor
             * @param {cassia.cluster.Member.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Member = function (properties) {
                this.tokens = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Member hostId.
             * @member {string} hostId
             * @memberof cassia.cluster.Member
             * @instance
             */
            Member.prototype.hostId = "";

            /**
             * Member name.
             * @member {string} name
             * @memberof cassia.cluster.Member
             * @instance
             */
            Member.prototype.name = "";

            /**
             * Member dc.
             * @member {string} dc
             * @memberof cassia.cluster.Member
             * @instance
             */
            Member.prototype.dc = "";

            /**
             * Member rack.
             * @member {string} rack
             * @memberof cassia.cluster.Member
             * @instance
             */
            Member.prototype.rack = "";

            /**
             * Member tokens.
             * @member {Array.<Long>} tokens
             * @memberof cassia.cluster.Member
             * @instance
             */
            Member.prototype.tokens = $util.emptyArray;

            /**
             * Member status.
             * @member {string} status
             * @memberof cassia.cluster.Member
             * @instance
             */
            Member.prototype.status = "";

            /**
             * Encodes the specified Member message. Does not implicitly {@link cassia.cluster.Member.verify|verify} messages.
             * @function encode
             * @memberof cassia.cluster.Member
             * @static
             * @param {cassia.cluster.Member.$Properties} message Member message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Member.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hostId != null && $Object.hasOwnProperty.call(message, "hostId") && message.hostId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.dc != null && $Object.hasOwnProperty.call(message, "dc") && message.dc !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.dc);
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack") && message.rack !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.rack);
                if (message.tokens != null && message.tokens.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).sint64s(message.tokens);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.status);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Member message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.cluster.Member
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.cluster.Member & cassia.cluster.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Member.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.cluster.Member();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostId = value;
                            else
                                delete message.hostId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dc = value;
                            else
                                delete message.dc;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rack = value;
                            else
                                delete message.rack;
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.tokens && message.tokens.length))
                                    message.tokens = [];
                                reader.sint64s(message.tokens);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.tokens && message.tokens.length))
                                message.tokens = [];
                            message.tokens.push(reader.sint64());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Member;
        })();

        cluster.ClusterMetadata = (function() {

            /**
             * Properties of a ClusterMetadata.
             * @typedef {Object} cassia.cluster.ClusterMetadata.$Properties
             * @property {number|null} [formatVersion] ClusterMetadata formatVersion
             * @property {Object.<string,cassia.cluster.Keyspace.$Properties>|null} [keyspaces] ClusterMetadata keyspaces
             * @property {Object.<string,cassia.cluster.Member.$Properties>|null} [members] ClusterMetadata members
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClusterMetadata.
             * @memberof cassia.cluster
             * @interface IClusterMetadata
             * @augments cassia.cluster.ClusterMetadata.$Properties
             * @deprecated Use cassia.cluster.ClusterMetadata.$Properties instead.
             */

            /**
             * Shape of a ClusterMetadata.
             * @typedef {cassia.cluster.ClusterMetadata.$Properties} cassia.cluster.ClusterMetadata.$Shape
             */

            /**
             * Constructs a new ClusterMetadata.
             * @memberof cassia.cluster
             * @classdesc Represents a ClusterMetadata.
             * @constructor
             * @param {cassia.cluster.ClusterMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClusterMetadata = function (properties) {
                this.keyspaces = {};
                this.members = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClusterMetadata formatVersion.
             * @member {number} formatVersion
             * @memberof cassia.cluster.ClusterMetadata
             * @instance
             */
            ClusterMetadata.prototype.formatVersion = 0;

            /**
             * ClusterMetadata keyspaces.
             * @member {Object.<string,cassia.cluster.Keyspace.$Properties>} keyspaces
             * @memberof cassia.cluster.ClusterMetadata
             * @instance
             */
            ClusterMetadata.prototype.keyspaces = $util.emptyObject;

            /**
             * ClusterMetadata members.
             * @member {Object.<string,cassia.cluster.Member.$Properties>} members
             * @memberof cassia.cluster.ClusterMetadata
             * @instance
             */
            ClusterMetadata.prototype.members = $util.emptyObject;

            /**
             * Encodes the specified ClusterMetadata message. Does not implicitly {@link cassia.cluster.ClusterMetadata.verify|verify} messages.
             * @function encode
             * @memberof cassia.cluster.ClusterMetadata
             * @static
             * @param {cassia.cluster.ClusterMetadata.$Properties} message ClusterMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClusterMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
                if (message.keyspaces != null && $Object.hasOwnProperty.call(message, "keyspaces"))
                    for (let keys = $Object.keys(message.keyspaces), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.cassia.cluster.Keyspace.encode(message.keyspaces[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.members != null && $Object.hasOwnProperty.call(message, "members"))
                    for (let keys = $Object.keys(message.members), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.cassia.cluster.Member.encode(message.members[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClusterMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.cluster.ClusterMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.cluster.ClusterMetadata & cassia.cluster.ClusterMetadata.$Shape} ClusterMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClusterMetadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.cluster.ClusterMetadata();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.formatVersion = value;
                            else
                                delete message.formatVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.keyspaces === $util.emptyObject)
                                message.keyspaces = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.cassia.cluster.Keyspace.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.keyspaces, key);
                            message.keyspaces[key] = value || new $root.cassia.cluster.Keyspace();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.members === $util.emptyObject)
                                message.members = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.cassia.cluster.Member.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.members, key);
                            message.members[key] = value || new $root.cassia.cluster.Member();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ClusterMetadata;
        })();

        return cluster;
    })();

    cassia.gossip = (function() {

        /**
         * Namespace gossip.
         * @memberof cassia
         * @namespace
         */
        const gossip = {};

        gossip.Digest = (function() {

            /**
             * Properties of a Digest.
             * @typedef {Object} cassia.gossip.Digest.$Properties
             * @property {string|null} [endpoint] Digest endpoint
             * @property {Long|null} [generation] Digest generation
             * @property {Long|null} [maxVersion] Digest maxVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Digest.
             * @memberof cassia.gossip
             * @interface IDigest
             * @augments cassia.gossip.Digest.$Properties
             * @deprecated Use cassia.gossip.Digest.$Properties instead.
             */

            /**
             * Shape of a Digest.
             * @typedef {cassia.gossip.Digest.$Properties} cassia.gossip.Digest.$Shape
             */

            /**
             * Constructs a new Digest.
             * @memberof cassia.gossip
             * @classdesc Represents a Digest.
             * @constructor
             * @param {cassia.gossip.Digest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Digest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Digest endpoint.
             * @member {string} endpoint
             * @memberof cassia.gossip.Digest
             * @instance
             */
            Digest.prototype.endpoint = "";

            /**
             * Digest generation.
             * @member {Long} generation
             * @memberof cassia.gossip.Digest
             * @instance
             */
            Digest.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Digest maxVersion.
             * @member {Long} maxVersion
             * @memberof cassia.gossip.Digest
             * @instance
             */
            Digest.prototype.maxVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified Digest message. Does not implicitly {@link cassia.gossip.Digest.verify|verify} messages.
             * @function encode
             * @memberof cassia.gossip.Digest
             * @static
             * @param {cassia.gossip.Digest.$Properties} message Digest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Digest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.endpoint);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.generation);
                if (message.maxVersion != null && $Object.hasOwnProperty.call(message, "maxVersion") && (typeof message.maxVersion === "object" ? message.maxVersion.low || message.maxVersion.high : message.maxVersion !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.maxVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Digest message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.gossip.Digest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.gossip.Digest & cassia.gossip.Digest.$Shape} Digest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Digest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.gossip.Digest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.endpoint = value;
                            else
                                delete message.endpoint;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.generation = value;
                            else
                                delete message.generation;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxVersion = value;
                            else
                                delete message.maxVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Digest;
        })();

        gossip.ApplicationState = (function() {

            /**
             * Properties of an ApplicationState.
             * @typedef {Object} cassia.gossip.ApplicationState.$Properties
             * @property {string|null} [key] ApplicationState key
             * @property {string|null} [value] ApplicationState value
             * @property {Long|null} [version] ApplicationState version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ApplicationState.
             * @memberof cassia.gossip
             * @interface IApplicationState
             * @augments cassia.gossip.ApplicationState.$Properties
             * @deprecated Use cassia.gossip.ApplicationState.$Properties instead.
             */

            /**
             * Shape of an ApplicationState.
             * @typedef {cassia.gossip.ApplicationState.$Properties} cassia.gossip.ApplicationState.$Shape
             */

            /**
             * Constructs a new ApplicationState.
             * @memberof cassia.gossip
             * @classdesc Represents an ApplicationState.
             * @constructor
             * @param {cassia.gossip.ApplicationState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ApplicationState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ApplicationState key.
             * @member {string} key
             * @memberof cassia.gossip.ApplicationState
             * @instance
             */
            ApplicationState.prototype.key = "";

            /**
             * ApplicationState value.
             * @member {string} value
             * @memberof cassia.gossip.ApplicationState
             * @instance
             */
            ApplicationState.prototype.value = "";

            /**
             * ApplicationState version.
             * @member {Long} version
             * @memberof cassia.gossip.ApplicationState
             * @instance
             */
            ApplicationState.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified ApplicationState message. Does not implicitly {@link cassia.gossip.ApplicationState.verify|verify} messages.
             * @function encode
             * @memberof cassia.gossip.ApplicationState
             * @static
             * @param {cassia.gossip.ApplicationState.$Properties} message ApplicationState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApplicationState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ApplicationState message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.gossip.ApplicationState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.gossip.ApplicationState & cassia.gossip.ApplicationState.$Shape} ApplicationState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApplicationState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.gossip.ApplicationState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ApplicationState;
        })();

        gossip.EndpointState = (function() {

            /**
             * Properties of an EndpointState.
             * @typedef {Object} cassia.gossip.EndpointState.$Properties
             * @property {string|null} [endpoint] EndpointState endpoint
             * @property {Long|null} [generation] EndpointState generation
             * @property {Long|null} [heartbeatVersion] EndpointState heartbeatVersion
             * @property {Array.<cassia.gossip.ApplicationState.$Properties>|null} [applicationStates] EndpointState applicationStates
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EndpointState.
             * @memberof cassia.gossip
             * @interface IEndpointState
             * @augments cassia.gossip.EndpointState.$Properties
             * @deprecated Use cassia.gossip.EndpointState.$Properties instead.
             */

            /**
             * Shape of an EndpointState.
             * @typedef {cassia.gossip.EndpointState.$Properties} cassia.gossip.EndpointState.$Shape
             */

            /**
             * Constructs a new EndpointState.
             * @memberof cassia.gossip
             * @classdesc Represents an EndpointState.
             * @constructor
             * @param {cassia.gossip.EndpointState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EndpointState = function (properties) {
                this.applicationStates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EndpointState endpoint.
             * @member {string} endpoint
             * @memberof cassia.gossip.EndpointState
             * @instance
             */
            EndpointState.prototype.endpoint = "";

            /**
             * EndpointState generation.
             * @member {Long} generation
             * @memberof cassia.gossip.EndpointState
             * @instance
             */
            EndpointState.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EndpointState heartbeatVersion.
             * @member {Long} heartbeatVersion
             * @memberof cassia.gossip.EndpointState
             * @instance
             */
            EndpointState.prototype.heartbeatVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EndpointState applicationStates.
             * @member {Array.<cassia.gossip.ApplicationState.$Properties>} applicationStates
             * @memberof cassia.gossip.EndpointState
             * @instance
             */
            EndpointState.prototype.applicationStates = $util.emptyArray;

            /**
             * Encodes the specified EndpointState message. Does not implicitly {@link cassia.gossip.EndpointState.verify|verify} messages.
             * @function encode
             * @memberof cassia.gossip.EndpointState
             * @static
             * @param {cassia.gossip.EndpointState.$Properties} message EndpointState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EndpointState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.endpoint);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.generation);
                if (message.heartbeatVersion != null && $Object.hasOwnProperty.call(message, "heartbeatVersion") && (typeof message.heartbeatVersion === "object" ? message.heartbeatVersion.low || message.heartbeatVersion.high : message.heartbeatVersion !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.heartbeatVersion);
                if (message.applicationStates != null && message.applicationStates.length)
                    for (let i = 0; i < message.applicationStates.length; ++i)
                        $root.cassia.gossip.ApplicationState.encode(message.applicationStates[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EndpointState message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.gossip.EndpointState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.gossip.EndpointState & cassia.gossip.EndpointState.$Shape} EndpointState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EndpointState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.gossip.EndpointState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.endpoint = value;
                            else
                                delete message.endpoint;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.generation = value;
                            else
                                delete message.generation;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.heartbeatVersion = value;
                            else
                                delete message.heartbeatVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.applicationStates && message.applicationStates.length))
                                message.applicationStates = [];
                            message.applicationStates.push($root.cassia.gossip.ApplicationState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return EndpointState;
        })();

        gossip.Syn = (function() {

            /**
             * Properties of a Syn.
             * @typedef {Object} cassia.gossip.Syn.$Properties
             * @property {string|null} [clusterName] Syn clusterName
             * @property {Array.<cassia.gossip.Digest.$Properties>|null} [digests] Syn digests
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Syn.
             * @memberof cassia.gossip
             * @interface ISyn
             * @augments cassia.gossip.Syn.$Properties
             * @deprecated Use cassia.gossip.Syn.$Properties instead.
             */

            /**
             * Shape of a Syn.
             * @typedef {cassia.gossip.Syn.$Properties} cassia.gossip.Syn.$Shape
             */

            /**
             * Constructs a new Syn.
             * @memberof cassia.gossip
             * @classdesc Represents a Syn.
             * @constructor
             * @param {cassia.gossip.Syn.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Syn = function (properties) {
                this.digests = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Syn clusterName.
             * @member {string} clusterName
             * @memberof cassia.gossip.Syn
             * @instance
             */
            Syn.prototype.clusterName = "";

            /**
             * Syn digests.
             * @member {Array.<cassia.gossip.Digest.$Properties>} digests
             * @memberof cassia.gossip.Syn
             * @instance
             */
            Syn.prototype.digests = $util.emptyArray;

            /**
             * Encodes the specified Syn message. Does not implicitly {@link cassia.gossip.Syn.verify|verify} messages.
             * @function encode
             * @memberof cassia.gossip.Syn
             * @static
             * @param {cassia.gossip.Syn.$Properties} message Syn message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Syn.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clusterName != null && $Object.hasOwnProperty.call(message, "clusterName") && message.clusterName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clusterName);
                if (message.digests != null && message.digests.length)
                    for (let i = 0; i < message.digests.length; ++i)
                        $root.cassia.gossip.Digest.encode(message.digests[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Syn message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.gossip.Syn
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.gossip.Syn & cassia.gossip.Syn.$Shape} Syn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Syn.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.gossip.Syn();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterName = value;
                            else
                                delete message.clusterName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.digests && message.digests.length))
                                message.digests = [];
                            message.digests.push($root.cassia.gossip.Digest.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Syn;
        })();

        gossip.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} cassia.gossip.Ack.$Properties
             * @property {Array.<cassia.gossip.Digest.$Properties>|null} [digests] Ack digests
             * @property {Array.<cassia.gossip.EndpointState.$Properties>|null} [states] Ack states
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof cassia.gossip
             * @interface IAck
             * @augments cassia.gossip.Ack.$Properties
             * @deprecated Use cassia.gossip.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {cassia.gossip.Ack.$Properties} cassia.gossip.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof cassia.gossip
             * @classdesc Represents an Ack.
             * @constructor
             * @param {cassia.gossip.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                this.digests = [];
                this.states = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack digests.
             * @member {Array.<cassia.gossip.Digest.$Properties>} digests
             * @memberof cassia.gossip.Ack
             * @instance
             */
            Ack.prototype.digests = $util.emptyArray;

            /**
             * Ack states.
             * @member {Array.<cassia.gossip.EndpointState.$Properties>} states
             * @memberof cassia.gossip.Ack
             * @instance
             */
            Ack.prototype.states = $util.emptyArray;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link cassia.gossip.Ack.verify|verify} messages.
             * @function encode
             * @memberof cassia.gossip.Ack
             * @static
             * @param {cassia.gossip.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.digests != null && message.digests.length)
                    for (let i = 0; i < message.digests.length; ++i)
                        $root.cassia.gossip.Digest.encode(message.digests[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.states != null && message.states.length)
                    for (let i = 0; i < message.states.length; ++i)
                        $root.cassia.gossip.EndpointState.encode(message.states[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.gossip.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.gossip.Ack & cassia.gossip.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.gossip.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.digests && message.digests.length))
                                message.digests = [];
                            message.digests.push($root.cassia.gossip.Digest.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.states && message.states.length))
                                message.states = [];
                            message.states.push($root.cassia.gossip.EndpointState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Ack;
        })();

        gossip.Ack2 = (function() {

            /**
             * Properties of an Ack2.
             * @typedef {Object} cassia.gossip.Ack2.$Properties
             * @property {Array.<cassia.gossip.EndpointState.$Properties>|null} [states] Ack2 states
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack2.
             * @memberof cassia.gossip
             * @interface IAck2
             * @augments cassia.gossip.Ack2.$Properties
             * @deprecated Use cassia.gossip.Ack2.$Properties instead.
             */

            /**
             * Shape of an Ack2.
             * @typedef {cassia.gossip.Ack2.$Properties} cassia.gossip.Ack2.$Shape
             */

            /**
             * Constructs a new Ack2.
             * @memberof cassia.gossip
             * @classdesc Represents an Ack2.
             * @constructor
             * @param {cassia.gossip.Ack2.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack2 = function (properties) {
                this.states = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack2 states.
             * @member {Array.<cassia.gossip.EndpointState.$Properties>} states
             * @memberof cassia.gossip.Ack2
             * @instance
             */
            Ack2.prototype.states = $util.emptyArray;

            /**
             * Encodes the specified Ack2 message. Does not implicitly {@link cassia.gossip.Ack2.verify|verify} messages.
             * @function encode
             * @memberof cassia.gossip.Ack2
             * @static
             * @param {cassia.gossip.Ack2.$Properties} message Ack2 message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack2.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.states != null && message.states.length)
                    for (let i = 0; i < message.states.length; ++i)
                        $root.cassia.gossip.EndpointState.encode(message.states[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ack2 message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.gossip.Ack2
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.gossip.Ack2 & cassia.gossip.Ack2.$Shape} Ack2
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack2.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.gossip.Ack2();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.states && message.states.length))
                                message.states = [];
                            message.states.push($root.cassia.gossip.EndpointState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Ack2;
        })();

        gossip.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} cassia.gossip.Envelope.$Properties
             * @property {string|null} [sender] Envelope sender
             * @property {cassia.gossip.Syn.$Properties|null} [syn] Envelope syn
             * @property {cassia.gossip.Ack.$Properties|null} [ack] Envelope ack
             * @property {cassia.gossip.Ack2.$Properties|null} [ack2] Envelope ack2
             * @property {"syn"|"ack"|"ack2"} [message] Envelope message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof cassia.gossip
             * @interface IEnvelope
             * @augments cassia.gossip.Envelope.$Properties
             * @deprecated Use cassia.gossip.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   sender?: string|null;
             *   syn?: cassia.gossip.Syn.$Shape|null;
             *   ack?: cassia.gossip.Ack.$Shape|null;
             *   ack2?: cassia.gossip.Ack2.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ message?: undefined; syn?: null; ack?: null; ack2?: null }|{ message?: "syn"; syn: cassia.gossip.Syn.$Shape; ack?: null; ack2?: null }|{ message?: "ack"; syn?: null; ack: cassia.gossip.Ack.$Shape; ack2?: null }|{ message?: "ack2"; syn?: null; ack?: null; ack2: cassia.gossip.Ack2.$Shape })
             * )} cassia.gossip.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof cassia.gossip
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {cassia.gossip.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope sender.
             * @member {string} sender
             * @memberof cassia.gossip.Envelope
             * @instance
             */
            Envelope.prototype.sender = "";

            /**
             * Envelope syn.
             * @member {cassia.gossip.Syn.$Properties|null|undefined} syn
             * @memberof cassia.gossip.Envelope
             * @instance
             */
            Envelope.prototype.syn = null;

            /**
             * Envelope ack.
             * @member {cassia.gossip.Ack.$Properties|null|undefined} ack
             * @memberof cassia.gossip.Envelope
             * @instance
             */
            Envelope.prototype.ack = null;

            /**
             * Envelope ack2.
             * @member {cassia.gossip.Ack2.$Properties|null|undefined} ack2
             * @memberof cassia.gossip.Envelope
             * @instance
             */
            Envelope.prototype.ack2 = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope message.
             * @member {"syn"|"ack"|"ack2"|undefined} message
             * @memberof cassia.gossip.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "message", {
                get: $util.oneOfGetter($oneOfFields = ["syn", "ack", "ack2"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link cassia.gossip.Envelope.verify|verify} messages.
             * @function encode
             * @memberof cassia.gossip.Envelope
             * @static
             * @param {cassia.gossip.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                if (message.syn != null && $Object.hasOwnProperty.call(message, "syn"))
                    $root.cassia.gossip.Syn.encode(message.syn, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.cassia.gossip.Ack.encode(message.ack, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.ack2 != null && $Object.hasOwnProperty.call(message, "ack2"))
                    $root.cassia.gossip.Ack2.encode(message.ack2, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.gossip.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.gossip.Envelope & cassia.gossip.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.gossip.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.syn = $root.cassia.gossip.Syn.decode(reader, reader.size(), $undefined, _depth + 1, message.syn);
                            message.message = "syn";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.cassia.gossip.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.message = "ack";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.ack2 = $root.cassia.gossip.Ack2.decode(reader, reader.size(), $undefined, _depth + 1, message.ack2);
                            message.message = "ack2";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Envelope;
        })();

        return gossip;
    })();

    cassia.replica = (function() {

        /**
         * Namespace replica.
         * @memberof cassia
         * @namespace
         */
        const replica = {};

        replica.DeletionTime = (function() {

            /**
             * Properties of a DeletionTime.
             * @typedef {Object} cassia.replica.DeletionTime.$Properties
             * @property {Long|null} [timestamp] DeletionTime timestamp
             * @property {number|null} [localDeletionTime] DeletionTime localDeletionTime
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeletionTime.
             * @memberof cassia.replica
             * @interface IDeletionTime
             * @augments cassia.replica.DeletionTime.$Properties
             * @deprecated Use cassia.replica.DeletionTime.$Properties instead.
             */

            /**
             * Shape of a DeletionTime.
             * @typedef {cassia.replica.DeletionTime.$Properties} cassia.replica.DeletionTime.$Shape
             */

            /**
             * Constructs a new DeletionTime.
             * @memberof cassia.replica
             * @classdesc Represents a DeletionTime.
             * @constructor
             * @param {cassia.replica.DeletionTime.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeletionTime = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeletionTime timestamp.
             * @member {Long} timestamp
             * @memberof cassia.replica.DeletionTime
             * @instance
             */
            DeletionTime.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeletionTime localDeletionTime.
             * @member {number} localDeletionTime
             * @memberof cassia.replica.DeletionTime
             * @instance
             */
            DeletionTime.prototype.localDeletionTime = 0;

            /**
             * Encodes the specified DeletionTime message. Does not implicitly {@link cassia.replica.DeletionTime.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.DeletionTime
             * @static
             * @param {cassia.replica.DeletionTime.$Properties} message DeletionTime message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeletionTime.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).sint64(message.timestamp);
                if (message.localDeletionTime != null && $Object.hasOwnProperty.call(message, "localDeletionTime") && message.localDeletionTime !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.localDeletionTime);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeletionTime message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.DeletionTime
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.DeletionTime & cassia.replica.DeletionTime.$Shape} DeletionTime
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeletionTime.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.DeletionTime();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.localDeletionTime = value;
                            else
                                delete message.localDeletionTime;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DeletionTime;
        })();

        replica.Liveness = (function() {

            /**
             * Properties of a Liveness.
             * @typedef {Object} cassia.replica.Liveness.$Properties
             * @property {Long|null} [timestamp] Liveness timestamp
             * @property {number|null} [ttlSeconds] Liveness ttlSeconds
             * @property {number|null} [localExpirationTime] Liveness localExpirationTime
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Liveness.
             * @memberof cassia.replica
             * @interface ILiveness
             * @augments cassia.replica.Liveness.$Properties
             * @deprecated Use cassia.replica.Liveness.$Properties instead.
             */

            /**
             * Shape of a Liveness.
             * @typedef {cassia.replica.Liveness.$Properties} cassia.replica.Liveness.$Shape
             */

            /**
             * Constructs a new Liveness.
             * @memberof cassia.replica
             * @classdesc Represents a Liveness.
             * @constructor
             * @param {cassia.replica.Liveness.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Liveness = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Liveness timestamp.
             * @member {Long} timestamp
             * @memberof cassia.replica.Liveness
             * @instance
             */
            Liveness.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Liveness ttlSeconds.
             * @member {number} ttlSeconds
             * @memberof cassia.replica.Liveness
             * @instance
             */
            Liveness.prototype.ttlSeconds = 0;

            /**
             * Liveness localExpirationTime.
             * @member {number} localExpirationTime
             * @memberof cassia.replica.Liveness
             * @instance
             */
            Liveness.prototype.localExpirationTime = 0;

            /**
             * Encodes the specified Liveness message. Does not implicitly {@link cassia.replica.Liveness.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.Liveness
             * @static
             * @param {cassia.replica.Liveness.$Properties} message Liveness message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Liveness.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).sint64(message.timestamp);
                if (message.ttlSeconds != null && $Object.hasOwnProperty.call(message, "ttlSeconds") && message.ttlSeconds !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ttlSeconds);
                if (message.localExpirationTime != null && $Object.hasOwnProperty.call(message, "localExpirationTime") && message.localExpirationTime !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.localExpirationTime);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Liveness message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.Liveness
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.Liveness & cassia.replica.Liveness.$Shape} Liveness
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Liveness.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.Liveness();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttlSeconds = value;
                            else
                                delete message.ttlSeconds;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.localExpirationTime = value;
                            else
                                delete message.localExpirationTime;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Liveness;
        })();

        replica.Cell = (function() {

            /**
             * Properties of a Cell.
             * @typedef {Object} cassia.replica.Cell.$Properties
             * @property {string|null} [column] Cell column
             * @property {Uint8Array|null} [value] Cell value
             * @property {Long|null} [timestamp] Cell timestamp
             * @property {number|null} [ttlSeconds] Cell ttlSeconds
             * @property {number|null} [localDeletionTime] Cell localDeletionTime
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Cell.
             * @memberof cassia.replica
             * @interface ICell
             * @augments cassia.replica.Cell.$Properties
             * @deprecated Use cassia.replica.Cell.$Properties instead.
             */

            /**
             * Shape of a Cell.
             * @typedef {cassia.replica.Cell.$Properties} cassia.replica.Cell.$Shape
             */

            /**
             * Constructs a new Cell.
             * @memberof cassia.replica
             * @classdesc Represents a Cell.
             * @constructor
             * @param {cassia.replica.Cell.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Cell = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Cell column.
             * @member {string} column
             * @memberof cassia.replica.Cell
             * @instance
             */
            Cell.prototype.column = "";

            /**
             * Cell value.
             * @member {Uint8Array|null|undefined} value
             * @memberof cassia.replica.Cell
             * @instance
             */
            Cell.prototype.value = null;

            /**
             * Cell timestamp.
             * @member {Long} timestamp
             * @memberof cassia.replica.Cell
             * @instance
             */
            Cell.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Cell ttlSeconds.
             * @member {number} ttlSeconds
             * @memberof cassia.replica.Cell
             * @instance
             */
            Cell.prototype.ttlSeconds = 0;

            /**
             * Cell localDeletionTime.
             * @member {number} localDeletionTime
             * @memberof cassia.replica.Cell
             * @instance
             */
            Cell.prototype.localDeletionTime = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Cell.prototype, "_value", {
                get: $util.oneOfGetter($oneOfFields = ["value"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Cell message. Does not implicitly {@link cassia.replica.Cell.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.Cell
             * @static
             * @param {cassia.replica.Cell.$Properties} message Cell message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cell.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.column != null && $Object.hasOwnProperty.call(message, "column") && message.column !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.column);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).sint64(message.timestamp);
                if (message.ttlSeconds != null && $Object.hasOwnProperty.call(message, "ttlSeconds") && message.ttlSeconds !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.ttlSeconds);
                if (message.localDeletionTime != null && $Object.hasOwnProperty.call(message, "localDeletionTime") && message.localDeletionTime !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.localDeletionTime);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Cell message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.Cell
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.Cell & cassia.replica.Cell.$Shape} Cell
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cell.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.Cell();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.column = value;
                            else
                                delete message.column;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value = reader.bytes();
                            message._value = "value";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttlSeconds = value;
                            else
                                delete message.ttlSeconds;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.localDeletionTime = value;
                            else
                                delete message.localDeletionTime;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Cell;
        })();

        replica.Row = (function() {

            /**
             * Properties of a Row.
             * @typedef {Object} cassia.replica.Row.$Properties
             * @property {Uint8Array|null} [clustering] Row clustering
             * @property {cassia.replica.Liveness.$Properties|null} [liveness] Row liveness
             * @property {cassia.replica.DeletionTime.$Properties|null} [deletion] Row deletion
             * @property {Array.<cassia.replica.Cell.$Properties>|null} [cells] Row cells
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Row.
             * @memberof cassia.replica
             * @interface IRow
             * @augments cassia.replica.Row.$Properties
             * @deprecated Use cassia.replica.Row.$Properties instead.
             */

            /**
             * Shape of a Row.
             * @typedef {cassia.replica.Row.$Properties} cassia.replica.Row.$Shape
             */

            /**
             * Constructs a new Row.
             * @memberof cassia.replica
             * @classdesc Represents a Row.
             * @constructor
             * @param {cassia.replica.Row.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Row = function (properties) {
                this.cells = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Row clustering.
             * @member {Uint8Array} clustering
             * @memberof cassia.replica.Row
             * @instance
             */
            Row.prototype.clustering = $util.newBuffer([]);

            /**
             * Row liveness.
             * @member {cassia.replica.Liveness.$Properties|null|undefined} liveness
             * @memberof cassia.replica.Row
             * @instance
             */
            Row.prototype.liveness = null;

            /**
             * Row deletion.
             * @member {cassia.replica.DeletionTime.$Properties|null|undefined} deletion
             * @memberof cassia.replica.Row
             * @instance
             */
            Row.prototype.deletion = null;

            /**
             * Row cells.
             * @member {Array.<cassia.replica.Cell.$Properties>} cells
             * @memberof cassia.replica.Row
             * @instance
             */
            Row.prototype.cells = $util.emptyArray;

            /**
             * Encodes the specified Row message. Does not implicitly {@link cassia.replica.Row.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.Row
             * @static
             * @param {cassia.replica.Row.$Properties} message Row message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Row.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clustering != null && $Object.hasOwnProperty.call(message, "clustering") && message.clustering.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.clustering);
                if (message.liveness != null && $Object.hasOwnProperty.call(message, "liveness"))
                    $root.cassia.replica.Liveness.encode(message.liveness, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.deletion != null && $Object.hasOwnProperty.call(message, "deletion"))
                    $root.cassia.replica.DeletionTime.encode(message.deletion, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.cells != null && message.cells.length)
                    for (let i = 0; i < message.cells.length; ++i)
                        $root.cassia.replica.Cell.encode(message.cells[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Row message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.Row
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.Row & cassia.replica.Row.$Shape} Row
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Row.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.Row();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.clustering = value;
                            else
                                delete message.clustering;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.liveness = $root.cassia.replica.Liveness.decode(reader, reader.size(), $undefined, _depth + 1, message.liveness);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.deletion = $root.cassia.replica.DeletionTime.decode(reader, reader.size(), $undefined, _depth + 1, message.deletion);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.cells && message.cells.length))
                                message.cells = [];
                            message.cells.push($root.cassia.replica.Cell.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Row;
        })();

        replica.RangeTombstone = (function() {

            /**
             * Properties of a RangeTombstone.
             * @typedef {Object} cassia.replica.RangeTombstone.$Properties
             * @property {Uint8Array|null} [start] RangeTombstone start
             * @property {boolean|null} [startInclusive] RangeTombstone startInclusive
             * @property {Uint8Array|null} [end] RangeTombstone end
             * @property {boolean|null} [endInclusive] RangeTombstone endInclusive
             * @property {cassia.replica.DeletionTime.$Properties|null} [deletion] RangeTombstone deletion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RangeTombstone.
             * @memberof cassia.replica
             * @interface IRangeTombstone
             * @augments cassia.replica.RangeTombstone.$Properties
             * @deprecated Use cassia.replica.RangeTombstone.$Properties instead.
             */

            /**
             * Shape of a RangeTombstone.
             * @typedef {cassia.replica.RangeTombstone.$Properties} cassia.replica.RangeTombstone.$Shape
             */

            /**
             * Constructs a new RangeTombstone.
             * @memberof cassia.replica
             * @classdesc Represents a RangeTombstone.
             * @constructor
             * @param {cassia.replica.RangeTombstone.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RangeTombstone = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RangeTombstone start.
             * @member {Uint8Array|null|undefined} start
             * @memberof cassia.replica.RangeTombstone
             * @instance
             */
            RangeTombstone.prototype.start = null;

            /**
             * RangeTombstone startInclusive.
             * @member {boolean} startInclusive
             * @memberof cassia.replica.RangeTombstone
             * @instance
             */
            RangeTombstone.prototype.startInclusive = false;

            /**
             * RangeTombstone end.
             * @member {Uint8Array|null|undefined} end
             * @memberof cassia.replica.RangeTombstone
             * @instance
             */
            RangeTombstone.prototype.end = null;

            /**
             * RangeTombstone endInclusive.
             * @member {boolean} endInclusive
             * @memberof cassia.replica.RangeTombstone
             * @instance
             */
            RangeTombstone.prototype.endInclusive = false;

            /**
             * RangeTombstone deletion.
             * @member {cassia.replica.DeletionTime.$Properties|null|undefined} deletion
             * @memberof cassia.replica.RangeTombstone
             * @instance
             */
            RangeTombstone.prototype.deletion = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeTombstone.prototype, "_start", {
                get: $util.oneOfGetter($oneOfFields = ["start"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeTombstone.prototype, "_end", {
                get: $util.oneOfGetter($oneOfFields = ["end"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified RangeTombstone message. Does not implicitly {@link cassia.replica.RangeTombstone.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.RangeTombstone
             * @static
             * @param {cassia.replica.RangeTombstone.$Properties} message RangeTombstone message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RangeTombstone.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.start);
                if (message.startInclusive != null && $Object.hasOwnProperty.call(message, "startInclusive") && message.startInclusive !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.startInclusive);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.end);
                if (message.endInclusive != null && $Object.hasOwnProperty.call(message, "endInclusive") && message.endInclusive !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.endInclusive);
                if (message.deletion != null && $Object.hasOwnProperty.call(message, "deletion"))
                    $root.cassia.replica.DeletionTime.encode(message.deletion, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RangeTombstone message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.RangeTombstone
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.RangeTombstone & cassia.replica.RangeTombstone.$Shape} RangeTombstone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RangeTombstone.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.RangeTombstone();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.start = reader.bytes();
                            message._start = "start";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.startInclusive = value;
                            else
                                delete message.startInclusive;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.end = reader.bytes();
                            message._end = "end";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.endInclusive = value;
                            else
                                delete message.endInclusive;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.deletion = $root.cassia.replica.DeletionTime.decode(reader, reader.size(), $undefined, _depth + 1, message.deletion);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RangeTombstone;
        })();

        replica.Mutation = (function() {

            /**
             * Properties of a Mutation.
             * @typedef {Object} cassia.replica.Mutation.$Properties
             * @property {string|null} [tableId] Mutation tableId
             * @property {Long|null} [token] Mutation token
             * @property {Uint8Array|null} [partitionKey] Mutation partitionKey
             * @property {cassia.replica.DeletionTime.$Properties|null} [partitionDeletion] Mutation partitionDeletion
             * @property {Array.<cassia.replica.Row.$Properties>|null} [rows] Mutation rows
             * @property {Array.<cassia.replica.RangeTombstone.$Properties>|null} [rangeTombstones] Mutation rangeTombstones
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Mutation.
             * @memberof cassia.replica
             * @interface IMutation
             * @augments cassia.replica.Mutation.$Properties
             * @deprecated Use cassia.replica.Mutation.$Properties instead.
             */

            /**
             * Shape of a Mutation.
             * @typedef {cassia.replica.Mutation.$Properties} cassia.replica.Mutation.$Shape
             */

            /**
             * Constructs a new Mutation.
             * @memberof cassia.replica
             * @classdesc Represents a Mutation.
             * @constructor
             * @param {cassia.replica.Mutation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Mutation = function (properties) {
                this.rows = [];
                this.rangeTombstones = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Mutation tableId.
             * @member {string} tableId
             * @memberof cassia.replica.Mutation
             * @instance
             */
            Mutation.prototype.tableId = "";

            /**
             * Mutation token.
             * @member {Long} token
             * @memberof cassia.replica.Mutation
             * @instance
             */
            Mutation.prototype.token = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Mutation partitionKey.
             * @member {Uint8Array} partitionKey
             * @memberof cassia.replica.Mutation
             * @instance
             */
            Mutation.prototype.partitionKey = $util.newBuffer([]);

            /**
             * Mutation partitionDeletion.
             * @member {cassia.replica.DeletionTime.$Properties|null|undefined} partitionDeletion
             * @memberof cassia.replica.Mutation
             * @instance
             */
            Mutation.prototype.partitionDeletion = null;

            /**
             * Mutation rows.
             * @member {Array.<cassia.replica.Row.$Properties>} rows
             * @memberof cassia.replica.Mutation
             * @instance
             */
            Mutation.prototype.rows = $util.emptyArray;

            /**
             * Mutation rangeTombstones.
             * @member {Array.<cassia.replica.RangeTombstone.$Properties>} rangeTombstones
             * @memberof cassia.replica.Mutation
             * @instance
             */
            Mutation.prototype.rangeTombstones = $util.emptyArray;

            /**
             * Encodes the specified Mutation message. Does not implicitly {@link cassia.replica.Mutation.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.Mutation
             * @static
             * @param {cassia.replica.Mutation.$Properties} message Mutation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Mutation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tableId != null && $Object.hasOwnProperty.call(message, "tableId") && message.tableId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.tableId);
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && (typeof message.token === "object" ? message.token.low || message.token.high : message.token !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).sint64(message.token);
                if (message.partitionKey != null && $Object.hasOwnProperty.call(message, "partitionKey") && message.partitionKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.partitionKey);
                if (message.partitionDeletion != null && $Object.hasOwnProperty.call(message, "partitionDeletion"))
                    $root.cassia.replica.DeletionTime.encode(message.partitionDeletion, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.rows != null && message.rows.length)
                    for (let i = 0; i < message.rows.length; ++i)
                        $root.cassia.replica.Row.encode(message.rows[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.rangeTombstones != null && message.rangeTombstones.length)
                    for (let i = 0; i < message.rangeTombstones.length; ++i)
                        $root.cassia.replica.RangeTombstone.encode(message.rangeTombstones[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Mutation message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.Mutation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.Mutation & cassia.replica.Mutation.$Shape} Mutation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Mutation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.Mutation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tableId = value;
                            else
                                delete message.tableId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.partitionKey = value;
                            else
                                delete message.partitionKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.partitionDeletion = $root.cassia.replica.DeletionTime.decode(reader, reader.size(), $undefined, _depth + 1, message.partitionDeletion);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rows && message.rows.length))
                                message.rows = [];
                            message.rows.push($root.cassia.replica.Row.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rangeTombstones && message.rangeTombstones.length))
                                message.rangeTombstones = [];
                            message.rangeTombstones.push($root.cassia.replica.RangeTombstone.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Mutation;
        })();

        replica.ReplicaError = (function() {

            /**
             * Properties of a ReplicaError.
             * @typedef {Object} cassia.replica.ReplicaError.$Properties
             * @property {string|null} [code] ReplicaError code
             * @property {string|null} [message] ReplicaError message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReplicaError.
             * @memberof cassia.replica
             * @interface IReplicaError
             * @augments cassia.replica.ReplicaError.$Properties
             * @deprecated Use cassia.replica.ReplicaError.$Properties instead.
             */

            /**
             * Shape of a ReplicaError.
             * @typedef {cassia.replica.ReplicaError.$Properties} cassia.replica.ReplicaError.$Shape
             */

            /**
             * Constructs a new ReplicaError.
             * @memberof cassia.replica
             * @classdesc Represents a ReplicaError.
             * @constructor
             * @param {cassia.replica.ReplicaError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReplicaError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReplicaError code.
             * @member {string} code
             * @memberof cassia.replica.ReplicaError
             * @instance
             */
            ReplicaError.prototype.code = "";

            /**
             * ReplicaError message.
             * @member {string} message
             * @memberof cassia.replica.ReplicaError
             * @instance
             */
            ReplicaError.prototype.message = "";

            /**
             * Encodes the specified ReplicaError message. Does not implicitly {@link cassia.replica.ReplicaError.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.ReplicaError
             * @static
             * @param {cassia.replica.ReplicaError.$Properties} message ReplicaError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplicaError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReplicaError message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.ReplicaError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.ReplicaError & cassia.replica.ReplicaError.$Shape} ReplicaError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplicaError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.ReplicaError();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReplicaError;
        })();

        replica.MutateRequest = (function() {

            /**
             * Properties of a MutateRequest.
             * @typedef {Object} cassia.replica.MutateRequest.$Properties
             * @property {Array.<cassia.replica.Mutation.$Properties>|null} [mutations] MutateRequest mutations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MutateRequest.
             * @memberof cassia.replica
             * @interface IMutateRequest
             * @augments cassia.replica.MutateRequest.$Properties
             * @deprecated Use cassia.replica.MutateRequest.$Properties instead.
             */

            /**
             * Shape of a MutateRequest.
             * @typedef {cassia.replica.MutateRequest.$Properties} cassia.replica.MutateRequest.$Shape
             */

            /**
             * Constructs a new MutateRequest.
             * @memberof cassia.replica
             * @classdesc Represents a MutateRequest.
             * @constructor
             * @param {cassia.replica.MutateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MutateRequest = function (properties) {
                this.mutations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MutateRequest mutations.
             * @member {Array.<cassia.replica.Mutation.$Properties>} mutations
             * @memberof cassia.replica.MutateRequest
             * @instance
             */
            MutateRequest.prototype.mutations = $util.emptyArray;

            /**
             * Encodes the specified MutateRequest message. Does not implicitly {@link cassia.replica.MutateRequest.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.MutateRequest
             * @static
             * @param {cassia.replica.MutateRequest.$Properties} message MutateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MutateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mutations != null && message.mutations.length)
                    for (let i = 0; i < message.mutations.length; ++i)
                        $root.cassia.replica.Mutation.encode(message.mutations[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MutateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.MutateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.MutateRequest & cassia.replica.MutateRequest.$Shape} MutateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MutateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.MutateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.mutations && message.mutations.length))
                                message.mutations = [];
                            message.mutations.push($root.cassia.replica.Mutation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MutateRequest;
        })();

        replica.MutateResponse = (function() {

            /**
             * Properties of a MutateResponse.
             * @typedef {Object} cassia.replica.MutateResponse.$Properties
             * @property {cassia.replica.ReplicaError.$Properties|null} [error] MutateResponse error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MutateResponse.
             * @memberof cassia.replica
             * @interface IMutateResponse
             * @augments cassia.replica.MutateResponse.$Properties
             * @deprecated Use cassia.replica.MutateResponse.$Properties instead.
             */

            /**
             * Shape of a MutateResponse.
             * @typedef {cassia.replica.MutateResponse.$Properties} cassia.replica.MutateResponse.$Shape
             */

            /**
             * Constructs a new MutateResponse.
             * @memberof cassia.replica
             * @classdesc Represents a MutateResponse.
             * @constructor
             * @param {cassia.replica.MutateResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MutateResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MutateResponse error.
             * @member {cassia.replica.ReplicaError.$Properties|null|undefined} error
             * @memberof cassia.replica.MutateResponse
             * @instance
             */
            MutateResponse.prototype.error = null;

            /**
             * Encodes the specified MutateResponse message. Does not implicitly {@link cassia.replica.MutateResponse.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.MutateResponse
             * @static
             * @param {cassia.replica.MutateResponse.$Properties} message MutateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MutateResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.cassia.replica.ReplicaError.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MutateResponse message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.MutateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.MutateResponse & cassia.replica.MutateResponse.$Shape} MutateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MutateResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.MutateResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.cassia.replica.ReplicaError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MutateResponse;
        })();

        replica.Slice = (function() {

            /**
             * Properties of a Slice.
             * @typedef {Object} cassia.replica.Slice.$Properties
             * @property {Uint8Array|null} [start] Slice start
             * @property {boolean|null} [startInclusive] Slice startInclusive
             * @property {Uint8Array|null} [end] Slice end
             * @property {boolean|null} [endInclusive] Slice endInclusive
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Slice.
             * @memberof cassia.replica
             * @interface ISlice
             * @augments cassia.replica.Slice.$Properties
             * @deprecated Use cassia.replica.Slice.$Properties instead.
             */

            /**
             * Shape of a Slice.
             * @typedef {cassia.replica.Slice.$Properties} cassia.replica.Slice.$Shape
             */

            /**
             * Constructs a new Slice.
             * @memberof cassia.replica
             * @classdesc Represents a Slice.
             * @constructor
             * @param {cassia.replica.Slice.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Slice = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Slice start.
             * @member {Uint8Array|null|undefined} start
             * @memberof cassia.replica.Slice
             * @instance
             */
            Slice.prototype.start = null;

            /**
             * Slice startInclusive.
             * @member {boolean} startInclusive
             * @memberof cassia.replica.Slice
             * @instance
             */
            Slice.prototype.startInclusive = false;

            /**
             * Slice end.
             * @member {Uint8Array|null|undefined} end
             * @memberof cassia.replica.Slice
             * @instance
             */
            Slice.prototype.end = null;

            /**
             * Slice endInclusive.
             * @member {boolean} endInclusive
             * @memberof cassia.replica.Slice
             * @instance
             */
            Slice.prototype.endInclusive = false;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Slice.prototype, "_start", {
                get: $util.oneOfGetter($oneOfFields = ["start"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Slice.prototype, "_end", {
                get: $util.oneOfGetter($oneOfFields = ["end"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Slice message. Does not implicitly {@link cassia.replica.Slice.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.Slice
             * @static
             * @param {cassia.replica.Slice.$Properties} message Slice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Slice.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.start);
                if (message.startInclusive != null && $Object.hasOwnProperty.call(message, "startInclusive") && message.startInclusive !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.startInclusive);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.end);
                if (message.endInclusive != null && $Object.hasOwnProperty.call(message, "endInclusive") && message.endInclusive !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.endInclusive);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Slice message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.Slice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.Slice & cassia.replica.Slice.$Shape} Slice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Slice.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.Slice();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.start = reader.bytes();
                            message._start = "start";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.startInclusive = value;
                            else
                                delete message.startInclusive;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.end = reader.bytes();
                            message._end = "end";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.endInclusive = value;
                            else
                                delete message.endInclusive;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Slice;
        })();

        replica.ReadRequest = (function() {

            /**
             * Properties of a ReadRequest.
             * @typedef {Object} cassia.replica.ReadRequest.$Properties
             * @property {string|null} [tableId] ReadRequest tableId
             * @property {Long|null} [token] ReadRequest token
             * @property {Uint8Array|null} [partitionKey] ReadRequest partitionKey
             * @property {cassia.replica.Slice.$Properties|null} [slice] ReadRequest slice
             * @property {boolean|null} [reversed] ReadRequest reversed
             * @property {number|null} [limitRows] ReadRequest limitRows
             * @property {number|null} [limitBytes] ReadRequest limitBytes
             * @property {boolean|null} [digestOnly] ReadRequest digestOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadRequest.
             * @memberof cassia.replica
             * @interface IReadRequest
             * @augments cassia.replica.ReadRequest.$Properties
             * @deprecated Use cassia.replica.ReadRequest.$Properties instead.
             */

            /**
             * Shape of a ReadRequest.
             * @typedef {cassia.replica.ReadRequest.$Properties} cassia.replica.ReadRequest.$Shape
             */

            /**
             * Constructs a new ReadRequest.
             * @memberof cassia.replica
             * @classdesc Represents a ReadRequest.
             * @constructor
             * @param {cassia.replica.ReadRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReadRequest tableId.
             * @member {string} tableId
             * @memberof cassia.replica.ReadRequest
             * @instance
             */
            ReadRequest.prototype.tableId = "";

            /**
             * ReadRequest token.
             * @member {Long} token
             * @memberof cassia.replica.ReadRequest
             * @instance
             */
            ReadRequest.prototype.token = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReadRequest partitionKey.
             * @member {Uint8Array} partitionKey
             * @memberof cassia.replica.ReadRequest
             * @instance
             */
            ReadRequest.prototype.partitionKey = $util.newBuffer([]);

            /**
             * ReadRequest slice.
             * @member {cassia.replica.Slice.$Properties|null|undefined} slice
             * @memberof cassia.replica.ReadRequest
             * @instance
             */
            ReadRequest.prototype.slice = null;

            /**
             * ReadRequest reversed.
             * @member {boolean} reversed
             * @memberof cassia.replica.ReadRequest
             * @instance
             */
            ReadRequest.prototype.reversed = false;

            /**
             * ReadRequest limitRows.
             * @member {number} limitRows
             * @memberof cassia.replica.ReadRequest
             * @instance
             */
            ReadRequest.prototype.limitRows = 0;

            /**
             * ReadRequest limitBytes.
             * @member {number} limitBytes
             * @memberof cassia.replica.ReadRequest
             * @instance
             */
            ReadRequest.prototype.limitBytes = 0;

            /**
             * ReadRequest digestOnly.
             * @member {boolean} digestOnly
             * @memberof cassia.replica.ReadRequest
             * @instance
             */
            ReadRequest.prototype.digestOnly = false;

            /**
             * Encodes the specified ReadRequest message. Does not implicitly {@link cassia.replica.ReadRequest.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.ReadRequest
             * @static
             * @param {cassia.replica.ReadRequest.$Properties} message ReadRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tableId != null && $Object.hasOwnProperty.call(message, "tableId") && message.tableId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.tableId);
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && (typeof message.token === "object" ? message.token.low || message.token.high : message.token !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).sint64(message.token);
                if (message.partitionKey != null && $Object.hasOwnProperty.call(message, "partitionKey") && message.partitionKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.partitionKey);
                if (message.slice != null && $Object.hasOwnProperty.call(message, "slice"))
                    $root.cassia.replica.Slice.encode(message.slice, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.reversed != null && $Object.hasOwnProperty.call(message, "reversed") && message.reversed !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.reversed);
                if (message.limitRows != null && $Object.hasOwnProperty.call(message, "limitRows") && message.limitRows !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.limitRows);
                if (message.limitBytes != null && $Object.hasOwnProperty.call(message, "limitBytes") && message.limitBytes !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.limitBytes);
                if (message.digestOnly != null && $Object.hasOwnProperty.call(message, "digestOnly") && message.digestOnly !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.digestOnly);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReadRequest message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.ReadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.ReadRequest & cassia.replica.ReadRequest.$Shape} ReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.ReadRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tableId = value;
                            else
                                delete message.tableId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.partitionKey = value;
                            else
                                delete message.partitionKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.slice = $root.cassia.replica.Slice.decode(reader, reader.size(), $undefined, _depth + 1, message.slice);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reversed = value;
                            else
                                delete message.reversed;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limitRows = value;
                            else
                                delete message.limitRows;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limitBytes = value;
                            else
                                delete message.limitBytes;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.digestOnly = value;
                            else
                                delete message.digestOnly;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReadRequest;
        })();

        replica.Partition = (function() {

            /**
             * Properties of a Partition.
             * @typedef {Object} cassia.replica.Partition.$Properties
             * @property {Long|null} [token] Partition token
             * @property {Uint8Array|null} [partitionKey] Partition partitionKey
             * @property {cassia.replica.DeletionTime.$Properties|null} [partitionDeletion] Partition partitionDeletion
             * @property {Array.<cassia.replica.Row.$Properties>|null} [rows] Partition rows
             * @property {Array.<cassia.replica.RangeTombstone.$Properties>|null} [rangeTombstones] Partition rangeTombstones
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Partition.
             * @memberof cassia.replica
             * @interface IPartition
             * @augments cassia.replica.Partition.$Properties
             * @deprecated Use cassia.replica.Partition.$Properties instead.
             */

            /**
             * Shape of a Partition.
             * @typedef {cassia.replica.Partition.$Properties} cassia.replica.Partition.$Shape
             */

            /**
             * Constructs a new Partition.
             * @memberof cassia.replica
             * @classdesc Represents a Partition.
             * @constructor
             * @param {cassia.replica.Partition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Partition = function (properties) {
                this.rows = [];
                this.rangeTombstones = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Partition token.
             * @member {Long} token
             * @memberof cassia.replica.Partition
             * @instance
             */
            Partition.prototype.token = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Partition partitionKey.
             * @member {Uint8Array} partitionKey
             * @memberof cassia.replica.Partition
             * @instance
             */
            Partition.prototype.partitionKey = $util.newBuffer([]);

            /**
             * Partition partitionDeletion.
             * @member {cassia.replica.DeletionTime.$Properties|null|undefined} partitionDeletion
             * @memberof cassia.replica.Partition
             * @instance
             */
            Partition.prototype.partitionDeletion = null;

            /**
             * Partition rows.
             * @member {Array.<cassia.replica.Row.$Properties>} rows
             * @memberof cassia.replica.Partition
             * @instance
             */
            Partition.prototype.rows = $util.emptyArray;

            /**
             * Partition rangeTombstones.
             * @member {Array.<cassia.replica.RangeTombstone.$Properties>} rangeTombstones
             * @memberof cassia.replica.Partition
             * @instance
             */
            Partition.prototype.rangeTombstones = $util.emptyArray;

            /**
             * Encodes the specified Partition message. Does not implicitly {@link cassia.replica.Partition.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.Partition
             * @static
             * @param {cassia.replica.Partition.$Properties} message Partition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Partition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && (typeof message.token === "object" ? message.token.low || message.token.high : message.token !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).sint64(message.token);
                if (message.partitionKey != null && $Object.hasOwnProperty.call(message, "partitionKey") && message.partitionKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.partitionKey);
                if (message.partitionDeletion != null && $Object.hasOwnProperty.call(message, "partitionDeletion"))
                    $root.cassia.replica.DeletionTime.encode(message.partitionDeletion, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.rows != null && message.rows.length)
                    for (let i = 0; i < message.rows.length; ++i)
                        $root.cassia.replica.Row.encode(message.rows[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.rangeTombstones != null && message.rangeTombstones.length)
                    for (let i = 0; i < message.rangeTombstones.length; ++i)
                        $root.cassia.replica.RangeTombstone.encode(message.rangeTombstones[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Partition message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.Partition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.Partition & cassia.replica.Partition.$Shape} Partition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Partition.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.Partition();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.partitionKey = value;
                            else
                                delete message.partitionKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.partitionDeletion = $root.cassia.replica.DeletionTime.decode(reader, reader.size(), $undefined, _depth + 1, message.partitionDeletion);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rows && message.rows.length))
                                message.rows = [];
                            message.rows.push($root.cassia.replica.Row.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rangeTombstones && message.rangeTombstones.length))
                                message.rangeTombstones = [];
                            message.rangeTombstones.push($root.cassia.replica.RangeTombstone.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Partition;
        })();

        replica.ReadResponse = (function() {

            /**
             * Properties of a ReadResponse.
             * @typedef {Object} cassia.replica.ReadResponse.$Properties
             * @property {cassia.replica.Partition.$Properties|null} [partition] ReadResponse partition
             * @property {cassia.replica.ReplicaError.$Properties|null} [error] ReadResponse error
             * @property {boolean|null} [more] ReadResponse more
             * @property {Uint8Array|null} [digest] ReadResponse digest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadResponse.
             * @memberof cassia.replica
             * @interface IReadResponse
             * @augments cassia.replica.ReadResponse.$Properties
             * @deprecated Use cassia.replica.ReadResponse.$Properties instead.
             */

            /**
             * Shape of a ReadResponse.
             * @typedef {cassia.replica.ReadResponse.$Properties} cassia.replica.ReadResponse.$Shape
             */

            /**
             * Constructs a new ReadResponse.
             * @memberof cassia.replica
             * @classdesc Represents a ReadResponse.
             * @constructor
             * @param {cassia.replica.ReadResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReadResponse partition.
             * @member {cassia.replica.Partition.$Properties|null|undefined} partition
             * @memberof cassia.replica.ReadResponse
             * @instance
             */
            ReadResponse.prototype.partition = null;

            /**
             * ReadResponse error.
             * @member {cassia.replica.ReplicaError.$Properties|null|undefined} error
             * @memberof cassia.replica.ReadResponse
             * @instance
             */
            ReadResponse.prototype.error = null;

            /**
             * ReadResponse more.
             * @member {boolean} more
             * @memberof cassia.replica.ReadResponse
             * @instance
             */
            ReadResponse.prototype.more = false;

            /**
             * ReadResponse digest.
             * @member {Uint8Array} digest
             * @memberof cassia.replica.ReadResponse
             * @instance
             */
            ReadResponse.prototype.digest = $util.newBuffer([]);

            /**
             * Encodes the specified ReadResponse message. Does not implicitly {@link cassia.replica.ReadResponse.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.ReadResponse
             * @static
             * @param {cassia.replica.ReadResponse.$Properties} message ReadResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                    $root.cassia.replica.Partition.encode(message.partition, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.cassia.replica.ReplicaError.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.more);
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.digest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReadResponse message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.ReadResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.ReadResponse & cassia.replica.ReadResponse.$Shape} ReadResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.ReadResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.partition = $root.cassia.replica.Partition.decode(reader, reader.size(), $undefined, _depth + 1, message.partition);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.cassia.replica.ReplicaError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.more = value;
                            else
                                delete message.more;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.digest = value;
                            else
                                delete message.digest;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReadResponse;
        })();

        replica.StoreHintRequest = (function() {

            /**
             * Properties of a StoreHintRequest.
             * @typedef {Object} cassia.replica.StoreHintRequest.$Properties
             * @property {string|null} [targetHostId] StoreHintRequest targetHostId
             * @property {Long|null} [createdAtMs] StoreHintRequest createdAtMs
             * @property {cassia.replica.MutateRequest.$Properties|null} [mutate] StoreHintRequest mutate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StoreHintRequest.
             * @memberof cassia.replica
             * @interface IStoreHintRequest
             * @augments cassia.replica.StoreHintRequest.$Properties
             * @deprecated Use cassia.replica.StoreHintRequest.$Properties instead.
             */

            /**
             * Shape of a StoreHintRequest.
             * @typedef {cassia.replica.StoreHintRequest.$Properties} cassia.replica.StoreHintRequest.$Shape
             */

            /**
             * Constructs a new StoreHintRequest.
             * @memberof cassia.replica
             * @classdesc Represents a StoreHintRequest.
             * @constructor
             * @param {cassia.replica.StoreHintRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StoreHintRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StoreHintRequest targetHostId.
             * @member {string} targetHostId
             * @memberof cassia.replica.StoreHintRequest
             * @instance
             */
            StoreHintRequest.prototype.targetHostId = "";

            /**
             * StoreHintRequest createdAtMs.
             * @member {Long} createdAtMs
             * @memberof cassia.replica.StoreHintRequest
             * @instance
             */
            StoreHintRequest.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StoreHintRequest mutate.
             * @member {cassia.replica.MutateRequest.$Properties|null|undefined} mutate
             * @memberof cassia.replica.StoreHintRequest
             * @instance
             */
            StoreHintRequest.prototype.mutate = null;

            /**
             * Encodes the specified StoreHintRequest message. Does not implicitly {@link cassia.replica.StoreHintRequest.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.StoreHintRequest
             * @static
             * @param {cassia.replica.StoreHintRequest.$Properties} message StoreHintRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StoreHintRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.targetHostId != null && $Object.hasOwnProperty.call(message, "targetHostId") && message.targetHostId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.targetHostId);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.createdAtMs);
                if (message.mutate != null && $Object.hasOwnProperty.call(message, "mutate"))
                    $root.cassia.replica.MutateRequest.encode(message.mutate, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StoreHintRequest message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.StoreHintRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.StoreHintRequest & cassia.replica.StoreHintRequest.$Shape} StoreHintRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StoreHintRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.StoreHintRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.targetHostId = value;
                            else
                                delete message.targetHostId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.mutate = $root.cassia.replica.MutateRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.mutate);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return StoreHintRequest;
        })();

        replica.StoreHintResponse = (function() {

            /**
             * Properties of a StoreHintResponse.
             * @typedef {Object} cassia.replica.StoreHintResponse.$Properties
             * @property {cassia.replica.ReplicaError.$Properties|null} [error] StoreHintResponse error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StoreHintResponse.
             * @memberof cassia.replica
             * @interface IStoreHintResponse
             * @augments cassia.replica.StoreHintResponse.$Properties
             * @deprecated Use cassia.replica.StoreHintResponse.$Properties instead.
             */

            /**
             * Shape of a StoreHintResponse.
             * @typedef {cassia.replica.StoreHintResponse.$Properties} cassia.replica.StoreHintResponse.$Shape
             */

            /**
             * Constructs a new StoreHintResponse.
             * @memberof cassia.replica
             * @classdesc Represents a StoreHintResponse.
             * @constructor
             * @param {cassia.replica.StoreHintResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StoreHintResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StoreHintResponse error.
             * @member {cassia.replica.ReplicaError.$Properties|null|undefined} error
             * @memberof cassia.replica.StoreHintResponse
             * @instance
             */
            StoreHintResponse.prototype.error = null;

            /**
             * Encodes the specified StoreHintResponse message. Does not implicitly {@link cassia.replica.StoreHintResponse.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.StoreHintResponse
             * @static
             * @param {cassia.replica.StoreHintResponse.$Properties} message StoreHintResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StoreHintResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.cassia.replica.ReplicaError.encode(message.error, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StoreHintResponse message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.StoreHintResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.StoreHintResponse & cassia.replica.StoreHintResponse.$Shape} StoreHintResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StoreHintResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.StoreHintResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.cassia.replica.ReplicaError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return StoreHintResponse;
        })();

        replica.BatchEntry = (function() {

            /**
             * Properties of a BatchEntry.
             * @typedef {Object} cassia.replica.BatchEntry.$Properties
             * @property {string|null} [verb] BatchEntry verb
             * @property {Uint8Array|null} [payload] BatchEntry payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchEntry.
             * @memberof cassia.replica
             * @interface IBatchEntry
             * @augments cassia.replica.BatchEntry.$Properties
             * @deprecated Use cassia.replica.BatchEntry.$Properties instead.
             */

            /**
             * Shape of a BatchEntry.
             * @typedef {cassia.replica.BatchEntry.$Properties} cassia.replica.BatchEntry.$Shape
             */

            /**
             * Constructs a new BatchEntry.
             * @memberof cassia.replica
             * @classdesc Represents a BatchEntry.
             * @constructor
             * @param {cassia.replica.BatchEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchEntry verb.
             * @member {string} verb
             * @memberof cassia.replica.BatchEntry
             * @instance
             */
            BatchEntry.prototype.verb = "";

            /**
             * BatchEntry payload.
             * @member {Uint8Array} payload
             * @memberof cassia.replica.BatchEntry
             * @instance
             */
            BatchEntry.prototype.payload = $util.newBuffer([]);

            /**
             * Encodes the specified BatchEntry message. Does not implicitly {@link cassia.replica.BatchEntry.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.BatchEntry
             * @static
             * @param {cassia.replica.BatchEntry.$Properties} message BatchEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.verb != null && $Object.hasOwnProperty.call(message, "verb") && message.verb !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.verb);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BatchEntry message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.BatchEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.BatchEntry & cassia.replica.BatchEntry.$Shape} BatchEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.BatchEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.verb = value;
                            else
                                delete message.verb;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return BatchEntry;
        })();

        replica.BatchRequest = (function() {

            /**
             * Properties of a BatchRequest.
             * @typedef {Object} cassia.replica.BatchRequest.$Properties
             * @property {Array.<cassia.replica.BatchEntry.$Properties>|null} [entries] BatchRequest entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchRequest.
             * @memberof cassia.replica
             * @interface IBatchRequest
             * @augments cassia.replica.BatchRequest.$Properties
             * @deprecated Use cassia.replica.BatchRequest.$Properties instead.
             */

            /**
             * Shape of a BatchRequest.
             * @typedef {cassia.replica.BatchRequest.$Properties} cassia.replica.BatchRequest.$Shape
             */

            /**
             * Constructs a new BatchRequest.
             * @memberof cassia.replica
             * @classdesc Represents a BatchRequest.
             * @constructor
             * @param {cassia.replica.BatchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchRequest = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchRequest entries.
             * @member {Array.<cassia.replica.BatchEntry.$Properties>} entries
             * @memberof cassia.replica.BatchRequest
             * @instance
             */
            BatchRequest.prototype.entries = $util.emptyArray;

            /**
             * Encodes the specified BatchRequest message. Does not implicitly {@link cassia.replica.BatchRequest.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.BatchRequest
             * @static
             * @param {cassia.replica.BatchRequest.$Properties} message BatchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.cassia.replica.BatchEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BatchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.BatchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.BatchRequest & cassia.replica.BatchRequest.$Shape} BatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.BatchRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.cassia.replica.BatchEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return BatchRequest;
        })();

        replica.BatchResponse = (function() {

            /**
             * Properties of a BatchResponse.
             * @typedef {Object} cassia.replica.BatchResponse.$Properties
             * @property {Array.<Uint8Array>|null} [replies] BatchResponse replies
             * @property {cassia.replica.ReplicaError.$Properties|null} [error] BatchResponse error
             * @property {Array.<number>|null} [resend] BatchResponse resend
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchResponse.
             * @memberof cassia.replica
             * @interface IBatchResponse
             * @augments cassia.replica.BatchResponse.$Properties
             * @deprecated Use cassia.replica.BatchResponse.$Properties instead.
             */

            /**
             * Shape of a BatchResponse.
             * @typedef {cassia.replica.BatchResponse.$Properties} cassia.replica.BatchResponse.$Shape
             */

            /**
             * Constructs a new BatchResponse.
             * @memberof cassia.replica
             * @classdesc Represents a BatchResponse.
             * @constructor
             * @param {cassia.replica.BatchResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchResponse = function (properties) {
                this.replies = [];
                this.resend = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchResponse replies.
             * @member {Array.<Uint8Array>} replies
             * @memberof cassia.replica.BatchResponse
             * @instance
             */
            BatchResponse.prototype.replies = $util.emptyArray;

            /**
             * BatchResponse error.
             * @member {cassia.replica.ReplicaError.$Properties|null|undefined} error
             * @memberof cassia.replica.BatchResponse
             * @instance
             */
            BatchResponse.prototype.error = null;

            /**
             * BatchResponse resend.
             * @member {Array.<number>} resend
             * @memberof cassia.replica.BatchResponse
             * @instance
             */
            BatchResponse.prototype.resend = $util.emptyArray;

            /**
             * Encodes the specified BatchResponse message. Does not implicitly {@link cassia.replica.BatchResponse.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.BatchResponse
             * @static
             * @param {cassia.replica.BatchResponse.$Properties} message BatchResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.replies != null && message.replies.length)
                    for (let i = 0; i < message.replies.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.replies[i]);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.cassia.replica.ReplicaError.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.resend != null && message.resend.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.resend);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BatchResponse message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.BatchResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.BatchResponse & cassia.replica.BatchResponse.$Shape} BatchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.BatchResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.replies && message.replies.length))
                                message.replies = [];
                            message.replies.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.cassia.replica.ReplicaError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.resend && message.resend.length))
                                    message.resend = [];
                                reader.uint32s(message.resend);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.resend && message.resend.length))
                                message.resend = [];
                            message.resend.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return BatchResponse;
        })();

        replica.RangePosition = (function() {

            /**
             * Properties of a RangePosition.
             * @typedef {Object} cassia.replica.RangePosition.$Properties
             * @property {Long|null} [token] RangePosition token
             * @property {Uint8Array|null} [partitionKey] RangePosition partitionKey
             * @property {Uint8Array|null} [clustering] RangePosition clustering
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RangePosition.
             * @memberof cassia.replica
             * @interface IRangePosition
             * @augments cassia.replica.RangePosition.$Properties
             * @deprecated Use cassia.replica.RangePosition.$Properties instead.
             */

            /**
             * Shape of a RangePosition.
             * @typedef {cassia.replica.RangePosition.$Properties} cassia.replica.RangePosition.$Shape
             */

            /**
             * Constructs a new RangePosition.
             * @memberof cassia.replica
             * @classdesc Represents a RangePosition.
             * @constructor
             * @param {cassia.replica.RangePosition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RangePosition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RangePosition token.
             * @member {Long} token
             * @memberof cassia.replica.RangePosition
             * @instance
             */
            RangePosition.prototype.token = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RangePosition partitionKey.
             * @member {Uint8Array} partitionKey
             * @memberof cassia.replica.RangePosition
             * @instance
             */
            RangePosition.prototype.partitionKey = $util.newBuffer([]);

            /**
             * RangePosition clustering.
             * @member {Uint8Array|null|undefined} clustering
             * @memberof cassia.replica.RangePosition
             * @instance
             */
            RangePosition.prototype.clustering = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangePosition.prototype, "_clustering", {
                get: $util.oneOfGetter($oneOfFields = ["clustering"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified RangePosition message. Does not implicitly {@link cassia.replica.RangePosition.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.RangePosition
             * @static
             * @param {cassia.replica.RangePosition.$Properties} message RangePosition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RangePosition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && (typeof message.token === "object" ? message.token.low || message.token.high : message.token !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).sint64(message.token);
                if (message.partitionKey != null && $Object.hasOwnProperty.call(message, "partitionKey") && message.partitionKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.partitionKey);
                if (message.clustering != null && $Object.hasOwnProperty.call(message, "clustering"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.clustering);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RangePosition message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.RangePosition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.RangePosition & cassia.replica.RangePosition.$Shape} RangePosition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RangePosition.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.RangePosition();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.partitionKey = value;
                            else
                                delete message.partitionKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.clustering = reader.bytes();
                            message._clustering = "clustering";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RangePosition;
        })();

        replica.RangeReadRequest = (function() {

            /**
             * Properties of a RangeReadRequest.
             * @typedef {Object} cassia.replica.RangeReadRequest.$Properties
             * @property {string|null} [tableId] RangeReadRequest tableId
             * @property {Long|null} [startToken] RangeReadRequest startToken
             * @property {Long|null} [endToken] RangeReadRequest endToken
             * @property {cassia.replica.RangePosition.$Properties|null} [after] RangeReadRequest after
             * @property {Array.<cassia.replica.Slice.$Properties>|null} [slices] RangeReadRequest slices
             * @property {number|null} [limitRows] RangeReadRequest limitRows
             * @property {number|null} [perPartitionLimitRows] RangeReadRequest perPartitionLimitRows
             * @property {number|null} [limitBytes] RangeReadRequest limitBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RangeReadRequest.
             * @memberof cassia.replica
             * @interface IRangeReadRequest
             * @augments cassia.replica.RangeReadRequest.$Properties
             * @deprecated Use cassia.replica.RangeReadRequest.$Properties instead.
             */

            /**
             * Shape of a RangeReadRequest.
             * @typedef {cassia.replica.RangeReadRequest.$Properties} cassia.replica.RangeReadRequest.$Shape
             */

            /**
             * Constructs a new RangeReadRequest.
             * @memberof cassia.replica
             * @classdesc Represents a RangeReadRequest.
             * @constructor
             * @param {cassia.replica.RangeReadRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RangeReadRequest = function (properties) {
                this.slices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RangeReadRequest tableId.
             * @member {string} tableId
             * @memberof cassia.replica.RangeReadRequest
             * @instance
             */
            RangeReadRequest.prototype.tableId = "";

            /**
             * RangeReadRequest startToken.
             * @member {Long} startToken
             * @memberof cassia.replica.RangeReadRequest
             * @instance
             */
            RangeReadRequest.prototype.startToken = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RangeReadRequest endToken.
             * @member {Long} endToken
             * @memberof cassia.replica.RangeReadRequest
             * @instance
             */
            RangeReadRequest.prototype.endToken = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RangeReadRequest after.
             * @member {cassia.replica.RangePosition.$Properties|null|undefined} after
             * @memberof cassia.replica.RangeReadRequest
             * @instance
             */
            RangeReadRequest.prototype.after = null;

            /**
             * RangeReadRequest slices.
             * @member {Array.<cassia.replica.Slice.$Properties>} slices
             * @memberof cassia.replica.RangeReadRequest
             * @instance
             */
            RangeReadRequest.prototype.slices = $util.emptyArray;

            /**
             * RangeReadRequest limitRows.
             * @member {number} limitRows
             * @memberof cassia.replica.RangeReadRequest
             * @instance
             */
            RangeReadRequest.prototype.limitRows = 0;

            /**
             * RangeReadRequest perPartitionLimitRows.
             * @member {number} perPartitionLimitRows
             * @memberof cassia.replica.RangeReadRequest
             * @instance
             */
            RangeReadRequest.prototype.perPartitionLimitRows = 0;

            /**
             * RangeReadRequest limitBytes.
             * @member {number} limitBytes
             * @memberof cassia.replica.RangeReadRequest
             * @instance
             */
            RangeReadRequest.prototype.limitBytes = 0;

            /**
             * Encodes the specified RangeReadRequest message. Does not implicitly {@link cassia.replica.RangeReadRequest.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.RangeReadRequest
             * @static
             * @param {cassia.replica.RangeReadRequest.$Properties} message RangeReadRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RangeReadRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tableId != null && $Object.hasOwnProperty.call(message, "tableId") && message.tableId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.tableId);
                if (message.startToken != null && $Object.hasOwnProperty.call(message, "startToken") && (typeof message.startToken === "object" ? message.startToken.low || message.startToken.high : message.startToken !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).sint64(message.startToken);
                if (message.endToken != null && $Object.hasOwnProperty.call(message, "endToken") && (typeof message.endToken === "object" ? message.endToken.low || message.endToken.high : message.endToken !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).sint64(message.endToken);
                if (message.after != null && $Object.hasOwnProperty.call(message, "after"))
                    $root.cassia.replica.RangePosition.encode(message.after, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.slices != null && message.slices.length)
                    for (let i = 0; i < message.slices.length; ++i)
                        $root.cassia.replica.Slice.encode(message.slices[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.limitRows != null && $Object.hasOwnProperty.call(message, "limitRows") && message.limitRows !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.limitRows);
                if (message.perPartitionLimitRows != null && $Object.hasOwnProperty.call(message, "perPartitionLimitRows") && message.perPartitionLimitRows !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.perPartitionLimitRows);
                if (message.limitBytes != null && $Object.hasOwnProperty.call(message, "limitBytes") && message.limitBytes !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.limitBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RangeReadRequest message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.RangeReadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.RangeReadRequest & cassia.replica.RangeReadRequest.$Shape} RangeReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RangeReadRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.RangeReadRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tableId = value;
                            else
                                delete message.tableId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startToken = value;
                            else
                                delete message.startToken;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.endToken = value;
                            else
                                delete message.endToken;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.after = $root.cassia.replica.RangePosition.decode(reader, reader.size(), $undefined, _depth + 1, message.after);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.slices && message.slices.length))
                                message.slices = [];
                            message.slices.push($root.cassia.replica.Slice.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limitRows = value;
                            else
                                delete message.limitRows;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.perPartitionLimitRows = value;
                            else
                                delete message.perPartitionLimitRows;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limitBytes = value;
                            else
                                delete message.limitBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RangeReadRequest;
        })();

        replica.RangePartition = (function() {

            /**
             * Properties of a RangePartition.
             * @typedef {Object} cassia.replica.RangePartition.$Properties
             * @property {cassia.replica.Partition.$Properties|null} [partition] RangePartition partition
             * @property {boolean|null} [truncated] RangePartition truncated
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RangePartition.
             * @memberof cassia.replica
             * @interface IRangePartition
             * @augments cassia.replica.RangePartition.$Properties
             * @deprecated Use cassia.replica.RangePartition.$Properties instead.
             */

            /**
             * Shape of a RangePartition.
             * @typedef {cassia.replica.RangePartition.$Properties} cassia.replica.RangePartition.$Shape
             */

            /**
             * Constructs a new RangePartition.
             * @memberof cassia.replica
             * @classdesc Represents a RangePartition.
             * @constructor
             * @param {cassia.replica.RangePartition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RangePartition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RangePartition partition.
             * @member {cassia.replica.Partition.$Properties|null|undefined} partition
             * @memberof cassia.replica.RangePartition
             * @instance
             */
            RangePartition.prototype.partition = null;

            /**
             * RangePartition truncated.
             * @member {boolean} truncated
             * @memberof cassia.replica.RangePartition
             * @instance
             */
            RangePartition.prototype.truncated = false;

            /**
             * Encodes the specified RangePartition message. Does not implicitly {@link cassia.replica.RangePartition.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.RangePartition
             * @static
             * @param {cassia.replica.RangePartition.$Properties} message RangePartition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RangePartition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                    $root.cassia.replica.Partition.encode(message.partition, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.truncated != null && $Object.hasOwnProperty.call(message, "truncated") && message.truncated !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.truncated);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RangePartition message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.RangePartition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.RangePartition & cassia.replica.RangePartition.$Shape} RangePartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RangePartition.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.RangePartition();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.partition = $root.cassia.replica.Partition.decode(reader, reader.size(), $undefined, _depth + 1, message.partition);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.truncated = value;
                            else
                                delete message.truncated;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RangePartition;
        })();

        replica.RangeReadResponse = (function() {

            /**
             * Properties of a RangeReadResponse.
             * @typedef {Object} cassia.replica.RangeReadResponse.$Properties
             * @property {Array.<cassia.replica.RangePartition.$Properties>|null} [partitions] RangeReadResponse partitions
             * @property {cassia.replica.ReplicaError.$Properties|null} [error] RangeReadResponse error
             * @property {boolean|null} [more] RangeReadResponse more
             * @property {cassia.replica.RangePosition.$Properties|null} [last] RangeReadResponse last
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RangeReadResponse.
             * @memberof cassia.replica
             * @interface IRangeReadResponse
             * @augments cassia.replica.RangeReadResponse.$Properties
             * @deprecated Use cassia.replica.RangeReadResponse.$Properties instead.
             */

            /**
             * Shape of a RangeReadResponse.
             * @typedef {cassia.replica.RangeReadResponse.$Properties} cassia.replica.RangeReadResponse.$Shape
             */

            /**
             * Constructs a new RangeReadResponse.
             * @memberof cassia.replica
             * @classdesc Represents a RangeReadResponse.
             * @constructor
             * @param {cassia.replica.RangeReadResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RangeReadResponse = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RangeReadResponse partitions.
             * @member {Array.<cassia.replica.RangePartition.$Properties>} partitions
             * @memberof cassia.replica.RangeReadResponse
             * @instance
             */
            RangeReadResponse.prototype.partitions = $util.emptyArray;

            /**
             * RangeReadResponse error.
             * @member {cassia.replica.ReplicaError.$Properties|null|undefined} error
             * @memberof cassia.replica.RangeReadResponse
             * @instance
             */
            RangeReadResponse.prototype.error = null;

            /**
             * RangeReadResponse more.
             * @member {boolean} more
             * @memberof cassia.replica.RangeReadResponse
             * @instance
             */
            RangeReadResponse.prototype.more = false;

            /**
             * RangeReadResponse last.
             * @member {cassia.replica.RangePosition.$Properties|null|undefined} last
             * @memberof cassia.replica.RangeReadResponse
             * @instance
             */
            RangeReadResponse.prototype.last = null;

            /**
             * Encodes the specified RangeReadResponse message. Does not implicitly {@link cassia.replica.RangeReadResponse.verify|verify} messages.
             * @function encode
             * @memberof cassia.replica.RangeReadResponse
             * @static
             * @param {cassia.replica.RangeReadResponse.$Properties} message RangeReadResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RangeReadResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.cassia.replica.RangePartition.encode(message.partitions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.cassia.replica.ReplicaError.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.more);
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    $root.cassia.replica.RangePosition.encode(message.last, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RangeReadResponse message from the specified reader or buffer.
             * @function decode
             * @memberof cassia.replica.RangeReadResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {cassia.replica.RangeReadResponse & cassia.replica.RangeReadResponse.$Shape} RangeReadResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RangeReadResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.cassia.replica.RangeReadResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.cassia.replica.RangePartition.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.cassia.replica.ReplicaError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.more = value;
                            else
                                delete message.more;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.last = $root.cassia.replica.RangePosition.decode(reader, reader.size(), $undefined, _depth + 1, message.last);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RangeReadResponse;
        })();

        return replica;
    })();

    return cassia;
})();

export {
  $root as default
};
